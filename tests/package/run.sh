#!/bin/sh
# Installs the build tree into a scratch prefix, then builds and runs a
# consumer through find_package(relance CONFIG) and one through pkg-config.
#   run.sh BUILD_DIR PACKAGE_TEST_DIR
set -eu
build=$1
here=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" > "$work/install.log"
cmake -S "$here" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$work/prefix" > "$work/configure.log"
cmake --build "$work/consumer" > "$work/build.log"
"$work/consumer/consumer_c"
"$work/consumer/consumer_cxx"

export PKG_CONFIG_PATH="$(dirname "$(find "$work/prefix" -name relance.pc)")"
libdir=$(pkg-config --variable=libdir relance)
# shellcheck disable=SC2046
cc -std=c99 -Wall -Werror $(pkg-config --cflags relance) "$here/consumer.c" \
  $(pkg-config --libs relance) -Wl,-rpath,"$libdir" -o "$work/pkgconfig_consumer"
"$work/pkgconfig_consumer"
echo "package_consumer: find_package and pkg-config consumers built and ran"
