#!/bin/sh
# What `make demo` runs after the release build: `relance demo`, the
# command-line tool on the bundled sample book (examples/data/distributor).
set -eu
build=${1:-build/release}
exec "$build/examples/cli/relance" demo
