#!/bin/sh
# What `make demo` runs after the release build: the C, C++ and Python money
# examples on the built library. (The relance command-line tool's demo on the
# bundled sample book replaces this when it lands.)
set -eu
build=${1:-build/release}
root=$(cd "$(dirname "$0")/.." && pwd)
export RELANCE_LIBRARY="$build/lib/librelance.so"
export PYTHONPATH="$root/bindings/python"
echo "== C (examples/c/money.c, through relance.h) =="
"$build/examples/example_money_c"
echo
echo "== C++ (examples/cpp/money.cpp, the C++ core) =="
"$build/examples/example_money_cpp"
echo
echo "== Python (examples/python/money.py, import relance) =="
/usr/bin/python3 -B "$root/examples/python/money.py"
