# entd / entq - one non-recursive Makefile.
#
# make            build bin/entd and bin/entq
# make deps       install the missing Debian packages (apt-get as root, else print the command)
# make run        deps + build, then run entd in the foreground on conf/
# make test       deps + build, then every test (unit, tagger cases, integration)
# make check      the tests again under AddressSanitizer and UndefinedBehaviorSanitizer
# make eval       accuracy on the shared corpora (CoNLL-2003 dev, CoNLL04 relations, GUM Wikinews)
# make bench      speed next to peers (pyahocorasick, Hyperscan, a bare libevent server)
# make gazetteer  rebuild conf/gazetteer and conf/relations from ../shared/gazetteer-sources
# make clean      remove build/ and bin/

# ---- knobs ------------------------------------------------------------------
CC       ?= cc
OPT      ?= -O2
# sanitizers, e.g. -fsanitize=address,undefined (set by make check)
SAN      ?=
BUILD    ?= build
BIN      ?= bin
# corpora and gazetteer sources (tests that need them skip loudly without)
SHARED   ?= ../shared
# Debian's python3 (the bench peers need its packages)
PYTHON   ?= /usr/bin/python3
PKGS      = libevent libevent_pthreads jansson libutf8proc
# Debian packages: to build, to test, to benchmark.
DEB_BUILD = pkg-config libevent-dev liblmdb-dev libjansson-dev libutf8proc-dev
DEB_TEST  = curl python3 graphviz lmdb-utils
DEB_BENCH = wrk python3-ahocorasick libhyperscan-dev zlib1g-dev
# make gazetteer: ordinary English words (/usr/share/dict/words), Faker's given names
DEB_DATA  = wamerican python3-fake-factory

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

override CFLAGS += -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra \
                   -Werror -Wformat=2 -Wno-format-nonliteral -g $(OPT) $(SAN) \
                   -Icommon -Iserver -Iclient $(PKG_CFLAGS) -MMD -MP
override LDFLAGS += $(SAN)
LDLIBS += $(PKG_LIBS) -llmdb -lpthread -lm

# ---- sources ------------------------------------------------------------------
COMMON_SRC = common/err.c common/log.c common/mem.c common/arena.c common/text.c \
             common/gaz.c common/gazcache.c common/tag.c common/rel.c common/when.c common/wire.c \
             common/conf.c
SERVER_SRC = $(wildcard server/*.c)
CLIENT_SRC = $(wildcard client/*.c)
TOOL_SRC   = $(wildcard tools/*.c)
# what the tools share (file reading)
TOOL_LIB_SRC = $(wildcard tools/lib/*.c)
UNIT_SRC   = $(wildcard tests/unit/test_*.c)

COMMON_OBJ = $(COMMON_SRC:%.c=$(BUILD)/%.o)
SERVER_OBJ = $(SERVER_SRC:%.c=$(BUILD)/%.o)
CLIENT_OBJ = $(CLIENT_SRC:%.c=$(BUILD)/%.o)
TOOLS      = $(TOOL_SRC:tools/%.c=$(BUILD)/tools/%)
TOOL_LIB   = $(TOOL_LIB_SRC:%.c=$(BUILD)/%.o)
UNIT_BINS  = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
# unit tests may link the server's store modules (no loop code)
SERVER_LIB = $(filter $(BUILD)/server/store.o $(BUILD)/server/relstore.o,$(SERVER_OBJ))
# and the client's pure modules (no main)
CLIENT_LIB = $(filter-out $(BUILD)/client/entq.o,$(CLIENT_OBJ))

DEP = $(COMMON_OBJ:.o=.d) $(SERVER_OBJ:.o=.d) $(CLIENT_OBJ:.o=.d) \
      $(TOOL_SRC:%.c=$(BUILD)/%.d) $(TOOL_LIB_SRC:%.c=$(BUILD)/%.d) $(UNIT_SRC:%.c=$(BUILD)/%.d)

.PHONY: all deps run test test-only check clean eval eval-conll eval-check eval-rel eval-gum bench gazetteer \
        lint unit tagger-cases fuzz-pass corpus-pass integration
.DEFAULT_GOAL := all
.SECONDARY:

all: $(BIN)/entd $(BIN)/entq $(TOOLS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BIN)/entd: $(SERVER_OBJ) $(COMMON_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BIN)/entq: $(CLIENT_OBJ) $(COMMON_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/tools/%: $(BUILD)/tools/%.o $(TOOL_LIB) $(COMMON_OBJ)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS) -lz

$(BUILD)/tests/%: $(BUILD)/tests/unit/%.o $(COMMON_OBJ) $(SERVER_LIB) $(CLIENT_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# ---- dependencies -------------------------------------------------------------
deps:
	@missing=""; for p in $(DEB_BUILD) $(DEB_TEST) $(EXTRA_DEBS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "missing Debian packages:$$missing"; \
	    echo "run: sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

deps-bench:
	@$(MAKE) --no-print-directory deps EXTRA_DEBS="$(DEB_BENCH)"

# ---- run ---------------------------------------------------------------------
run: deps
	@$(MAKE) --no-print-directory all
	$(BIN)/entd -c conf/entd.conf

# ---- tests -------------------------------------------------------------------
test: deps
	@$(MAKE) --no-print-directory all $(UNIT_BINS)
	@$(MAKE) --no-print-directory test-only

test-only: lint unit tagger-cases eval-check fuzz-pass corpus-pass integration

# source checks no compiler makes: every keyed word set is built at start, and
# the gazetteer's README counts the rows its files have
lint:
	$(PYTHON) tests/lint/word_sets.py common/*.c
	$(PYTHON) tests/lint/gazetteer_counts.py conf/gazetteer

unit: $(UNIT_BINS)
	@set -e; for t in $(UNIT_BINS); do echo "== $$t"; $$t; done

tagger-cases: $(BUILD)/tools/enttag
	$(PYTHON) tests/tagger/run.py --enttag $(BUILD)/tools/enttag --conf conf

# the CoNLL evaluator on fixtures of known score (tests/eval/)
eval-check: $(BUILD)/tools/enteval
	$(PYTHON) tests/eval/run.py --enteval $(BUILD)/tools/enteval --conf conf

# the tagger over FUZZ_N seeded texts of shuffled names, triggers and punctuation
# (tests/fuzz/gen.py): no error and, under make check, no memory error
FUZZ_N ?= 2000
fuzz-pass: $(BUILD)/tools/enttag
	@rm -rf $(BUILD)/fuzz && $(PYTHON) tests/fuzz/gen.py $(BUILD)/fuzz $(FUZZ_N)
	@echo "== fuzz pass: $(BUILD)/tools/enttag over $(FUZZ_N) texts in $(BUILD)/fuzz"
	@$(BUILD)/tools/enttag --conf conf $(BUILD)/fuzz/*.txt > $(BUILD)/fuzz/out.json || \
	  { echo "fuzz pass FAILED"; exit 1; }
	@n=$$(grep -c '^{' $(BUILD)/fuzz/out.json); \
	  if [ "$$n" -ne $(FUZZ_N) ]; then echo "fuzz pass FAILED: $$n results for $(FUZZ_N) texts"; \
	  exit 1; fi; echo "fuzz pass: $(FUZZ_N) texts tagged"

# the tagger (entities and relations) over every article of the news corpus: no
# error and, under make check, no memory or undefined-behaviour error on real text
CORPUS ?= $(SHARED)/corpora/articles.ndjson.gz
corpus-pass: $(BUILD)/tools/enttag
	@if [ -f "$(CORPUS)" ]; then \
	  echo "== corpus pass: $(BUILD)/tools/enttag --ndjson $(CORPUS)"; \
	  $(BUILD)/tools/enttag --conf conf --ndjson $(CORPUS) || { echo "corpus pass FAILED"; exit 1; }; \
	else \
	  echo "!! corpus pass SKIPPED: $(CORPUS) is absent (it needs ../shared/corpora)"; \
	fi

integration: $(BIN)/entd $(BIN)/entq
	$(PYTHON) tests/integration/run.py --entd $(BIN)/entd --entq $(BIN)/entq --conf conf \
	  --shared $(SHARED)

check: deps
	@$(MAKE) --no-print-directory BUILD=build/san BIN=build/san/bin OPT=-O1 \
	  SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  all $(UNIT_BINS:$(BUILD)/%=build/san/%)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  $(MAKE) --no-print-directory BUILD=build/san BIN=build/san/bin OPT=-O1 \
	  SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  test-only

# ---- accuracy and speed ------------------------------------------------------
CONLL ?= $(SHARED)/corpora/conll2003/eng.testa
TRAIN ?=
OUT   ?= $(BUILD)/eval/conll.out
eval-conll: $(BUILD)/tools/enteval
	@mkdir -p $(dir $(OUT))
	$(BUILD)/tools/enteval conll --conf conf --in $(CONLL) --out $(OUT) $(if $(TRAIN),--train $(TRAIN))

eval-rel: $(BUILD)/tools/enttag
	$(PYTHON) tools/eval_conll04.py --enttag $(BUILD)/tools/enttag --conf conf \
	  --in $(SHARED)/corpora/conll04/dev.txt

eval-gum: $(BUILD)/tools/enttag
	$(PYTHON) tools/eval_gum.py --enttag $(BUILD)/tools/enttag --conf conf \
	  --in $(SHARED)/corpora/gum_news_entities.ndjson

eval: all
	@$(MAKE) --no-print-directory eval-conll OUT=$(BUILD)/eval/conll-shipped.out
	@$(MAKE) --no-print-directory eval-conll OUT=$(BUILD)/eval/conll-train.out \
	  TRAIN=$(SHARED)/corpora/conll2003/eng.train
	@$(MAKE) --no-print-directory eval-rel
	@$(MAKE) --no-print-directory eval-gum

bench: deps-bench
	@$(MAKE) --no-print-directory all BUILD=build/bench BIN=build/bench/bin OPT="-O2 -march=native"
	$(PYTHON) tests/bench/run.py --bin build/bench/bin --build build/bench --conf conf --shared $(SHARED)

gazetteer:
	@$(MAKE) --no-print-directory deps EXTRA_DEBS="$(DEB_DATA)"
	$(PYTHON) tools/build_gazetteer.py --sources $(SHARED)/gazetteer-sources --out conf/gazetteer
	$(PYTHON) tools/build_lexicon.py --sources $(SHARED)/gazetteer-sources --out conf/relations

clean:
	rm -rf build bin

-include $(DEP)
