/* readfile.h - the tools' whole-file reader (plain or gzip, told apart by zlib). */
#ifndef ENT_TOOLS_READFILE_H
#define ENT_TOOLS_READFILE_H

#include <stddef.h>

/* The whole of the file at path, decompressed when it is gzip, NUL-terminated
 * (the NUL not counted in *len), in memory the caller frees. NULL on failure,
 * with a one-line reason ("cannot open: ...", "corrupt gzip data: ...") in
 * why[0..whylen). */
char *read_file_all(const char *path, size_t *len, char *why, size_t whylen);

#endif
