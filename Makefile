# The two commands of the README, plus the benchmarks. Each installs what is
# missing first (scripts/install-deps.sh), then builds through CMake presets.
export CMAKE_BUILD_PARALLEL_LEVEL ?= $(shell nproc)
export CTEST_PARALLEL_LEVEL ?= $(shell nproc)

.PHONY: all deps demo test bench abi-baseline clean

all: demo

deps:
	@sh scripts/install-deps.sh

# Builds the relance tool in release and runs `relance demo` on the bundled
# sample book.
demo: deps
	cmake --preset release
	cmake --build --preset release --target relance_cli
	sh scripts/demo.sh build/release

# Every test: C++ (gtest), C ABI tests in C, Python, ABI gates, the package
# test, examples; again under ASan+UBSan; then a short fuzzing run.
test: deps
	bash scripts/run-tests.sh

# Release build, then the Google Benchmark programs and the side-by-side
# aging comparison with SQLite and pandas (one core; BENCH_ROWS items, 10
# million by default: about 5 minutes and 6 GB of memory at that size).
BENCH_ROWS ?= 10000000
bench: deps
	cmake --preset release
	cmake --build --preset release --target relance_bench relance_terms_bench \
	  relance_aging_bench relance_aging_compare relance_book_gen
	taskset -c 0 build/release/bench/relance_bench --benchmark_min_time=0.5
	taskset -c 0 build/release/bench/relance_terms_bench --benchmark_min_time=0.5
	taskset -c 0 build/release/bench/relance_aging_bench --book_items=$(BENCH_ROWS) \
	  --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
	/usr/bin/python3 bench/compare.py --rows $(BENCH_ROWS) --build build/release --cpu 0

# Regenerates the committed ABI baseline and symbol list after an intended
# change of relance.h; commit the result with the change.
abi-baseline: deps
	cmake --preset debug
	cmake --build --preset debug --target relance
	sh scripts/check-abi.sh --update build/debug/lib/librelance.so capi

clean:
	rm -rf build
