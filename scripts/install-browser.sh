#!/bin/sh
# Installs Debian's chromium for the HTML export's browser test (packages/graph/test/export-html.test.ts), which
# drives /usr/bin/chromium with playwright-core. Idempotent: does nothing when it is already there.
set -eu

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: $CHROMIUM is missing and apt-get is not available; install chromium by hand" >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "install-browser: $CHROMIUM is missing; run this script as root or with passwordless sudo" >&2
  exit 1
fi

echo "install-browser: installing chromium with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update -qq >/dev/null; then
  echo "install-browser: apt-get update failed" >&2
  exit 1
fi
if ! $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null; then
  echo "install-browser: apt-get install chromium failed" >&2
  exit 1
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "install-browser: chromium was installed but $CHROMIUM is not there" >&2
  exit 1
fi
echo "install-browser: $("$CHROMIUM" --version 2>/dev/null || echo chromium) ready" >&2
