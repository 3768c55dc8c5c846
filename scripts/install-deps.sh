#!/bin/sh
# Installs, with apt, the Debian 12 packages relance needs to build, test and
# benchmark -- and only those that are missing. Idempotent: a second run
# installs nothing and does not touch the network. Works as root or through
# sudo. Called by `make demo`, `make test` and `make bench`.
set -eu

PACKAGES="
  build-essential make cmake git pkg-config
  libboost-dev libhowardhinnant-date-dev libabsl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  abigail-tools clang libclang-rt-14-dev
  python3 python3-pytest python3-numpy python3-pandas
  python3-matplotlib python3-dask python3-distributed
"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  echo "install-deps: all dependencies present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "install-deps: missing packages:$missing" >&2
  echo "install-deps: run as root or install sudo" >&2
  exit 1
fi

echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
