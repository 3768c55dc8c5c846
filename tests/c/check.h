/* A minimal check harness for the C ABI tests: CHECK records a failure with
 * its line and goes on; check_summary() prints the totals and returns the
 * process exit code. */
#ifndef RELANCE_TESTS_C_CHECK_H_
#define RELANCE_TESTS_C_CHECK_H_

#include <stdio.h>
#include <string.h>

static int check_passed = 0;
static int check_failed = 0;

#define CHECK(cond)                                                  \
  do {                                                               \
    if (cond) {                                                      \
      ++check_passed;                                                \
    } else {                                                         \
      ++check_failed;                                                \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                \
  } while (0)

#define CHECK_STATUS(call, expected)                                       \
  do {                                                                     \
    relance_status check_s_ = (call);                                      \
    if (check_s_ == (expected)) {                                          \
      ++check_passed;                                                      \
    } else {                                                               \
      ++check_failed;                                                      \
      fprintf(stderr, "%s:%d: %s returned %d (%s), expected %d: %s\n",     \
              __FILE__, __LINE__, #call, (int)check_s_,                    \
              relance_status_string(check_s_), (int)(expected),            \
              relance_last_error_message());                               \
    }                                                                      \
  } while (0)

/* The last error message contains `needle`. */
#define CHECK_MESSAGE(needle) \
  CHECK(strstr(relance_last_error_message(), (needle)) != NULL)

/* 1 when every one of the `size` bytes at `p` is still `fill` (the NULL-
 * argument tests fill every output first, then check nothing was written). */
static inline int check_all_bytes(const void* p, size_t size, unsigned char fill) {
  const unsigned char* bytes = (const unsigned char*)p;
  size_t i;
  for (i = 0; i < size; ++i) {
    if (bytes[i] != fill) return 0;
  }
  return 1;
}

/* The call fails with INVALID_ARGUMENT, names the argument, and writes
 * nothing into the outputs `outs` (an object, filled with 0x5A first). */
#define EXPECT_NULL_ARG_INTO(outs, call, name)                  \
  do {                                                          \
    memset(&(outs), 0x5A, sizeof(outs));                        \
    CHECK_STATUS(call, RELANCE_E_INVALID_ARGUMENT);             \
    CHECK_MESSAGE("argument '" name "' is NULL");               \
    CHECK(check_all_bytes(&(outs), sizeof(outs), 0x5A));        \
  } while (0)

static int check_summary(const char* name) {
  printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
  return check_failed == 0 ? 0 : 1;
}

#endif
