#!/usr/bin/env bash
# What `make test` runs: the debug, asan and fuzz CMake workflows (configure,
# build, ctest), stopping at the first that fails, then one closing line
# with the totals of all three.
set -uo pipefail

passed=0
failed=0
status=0
for preset in debug asan fuzz; do
  echo "== make test: $preset =="
  log=$(mktemp)
  cmake --workflow --preset "$preset" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  summary=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -1)
  rm -f "$log"
  if [ -n "$summary" ]; then
    f=$(echo "$summary" | sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/')
    t=$(echo "$summary" | sed -E 's/.* tests failed out of ([0-9]+).*/\1/')
    passed=$((passed + t - f))
    failed=$((failed + f))
  fi
  [ "$status" -ne 0 ] && break
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi  # a build error
echo "make test: $passed passed, $failed failed"
exit "$status"
