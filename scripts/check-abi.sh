#!/bin/sh
# ABI gates of librelance.
#   check-abi.sh LIB CAPI_DIR [NULL_TEST_SOURCE...] check (exit 1 on any change)
#   check-abi.sh --update LIB CAPI_DIR             rewrite the committed baseline
# Checks that
#   1. the exported dynamic symbols equal CAPI_DIR/abi/exported_symbols.txt;
#   2. abidiff finds no change against CAPI_DIR/abi/librelance.abi (types and
#      functions reachable from relance.h); additions count as changes too:
#      an intended change updates the baseline in the same commit. The
#      insides of opaque handles (CAPI_DIR/abi/opaque_handles.suppr) are not
#      compared: relance.h never defines them;
#   3. every exported function is called in one of the NULL-argument tests.
set -eu

update=0
if [ "${1:-}" = "--update" ]; then update=1; shift; fi
lib=$1
capi=$2
shift 2
null_tests="$*"
abi_dir=$capi/abi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBRVW]$/ {print $3}' | sed 's/@.*//' \
  | grep -v '^RELANCE_' | sort -u > "$tmp/symbols.txt"
abidw --no-corpus-path --no-comp-dir-path --no-show-locs --exported-interfaces-only \
  --headers-dir "$capi/include" --out-file "$tmp/librelance.abi" "$lib"

if [ "$update" -eq 1 ]; then
  cp "$tmp/symbols.txt" "$abi_dir/exported_symbols.txt"
  cp "$tmp/librelance.abi" "$abi_dir/librelance.abi"
  echo "check-abi: baseline updated in $abi_dir; commit it with the header change"
  exit 0
fi

status=0
if ! diff -u "$abi_dir/exported_symbols.txt" "$tmp/symbols.txt"; then
  echo "check-abi: exported symbols differ from $abi_dir/exported_symbols.txt" >&2
  status=1
fi
if ! abidiff --no-show-locs --suppressions "$abi_dir/opaque_handles.suppr" \
    "$abi_dir/librelance.abi" "$tmp/librelance.abi"; then
  echo "check-abi: abidiff reports an ABI change against $abi_dir/librelance.abi" >&2
  echo "check-abi: if intended, run 'make abi-baseline' and commit the result" >&2
  status=1
fi
# Only opaque handles may be suppressed: a type relance.h defines is ABI.
for handle in $(sed -n 's/^ *name_regexp = ^relance_(\(.*\))\$$/\1/p' \
    "$abi_dir/opaque_handles.suppr" | tr '|' ' '); do
  if grep -q "struct relance_$handle *{" "$capi/include/relance.h" \
      || ! grep -q "typedef struct relance_$handle relance_$handle;" "$capi/include/relance.h"; then
    echo "check-abi: relance_$handle is suppressed but is not an opaque handle of relance.h" >&2
    status=1
  fi
done
if [ -n "$null_tests" ]; then
  while read -r symbol; do
    # shellcheck disable=SC2086 # a list of files
    if ! grep -q "$symbol(" $null_tests; then
      echo "check-abi: $symbol is not called in any of $null_tests" >&2
      status=1
    fi
  done < "$tmp/symbols.txt"
fi
[ "$status" -eq 0 ] && echo "check-abi: $(wc -l < "$tmp/symbols.txt") symbols, ABI unchanged"
exit "$status"
