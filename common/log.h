/* log.h - leveled logging with file:line:func.
 *
 * log_msg() tests the level before it evaluates its arguments, so a disabled
 * debug line costs one comparison. Pure and store code never log: they return
 * codes and the caller that decides what to do logs once. */
#ifndef ENT_LOG_H
#define ENT_LOG_H

enum { LOG_DEBUG = 0, LOG_INFO = 1, LOG_WARN = 2, LOG_ERROR = 3 };

extern int log_level; /* messages below this level are dropped */

/* Parse "debug", "info", "warn", "error"; returns the level or -1. */
int log_parse_level(const char *s);

void log_write(int level, const char *file, int line, const char *func, const char *fmt,
               ...) __attribute__((format(printf, 5, 6)));

#define log_msg(lvl, ...)                                                                \
    do {                                                                                 \
        if ((lvl) >= log_level) log_write((lvl), __FILE__, __LINE__, __func__, __VA_ARGS__); \
    } while (0)

/* Abort with file:line and the expression when cond is false. Always on. */
#define ENT_ASSERT(cond)                                                                 \
    do {                                                                                 \
        if (!(cond)) ent_assert_fail(#cond, __FILE__, __LINE__);                         \
    } while (0)

_Noreturn void ent_assert_fail(const char *expr, const char *file, int line);

#endif
