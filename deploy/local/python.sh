#!/usr/bin/env bash
# Print the interpreter `make venv` makes .venv from: of the named candidates, those that exist,
# are Python 3.11+, can make a venv (ensurepip) and can build extensions (Python.h: setup.py
# compiles with mypyc), the first with the best build, judged by what the interpreter says of
# itself (bench/segment/interp41.md):
#   2  configured with --enable-optimizations or --with-lto (PGO / LTO recorded in CONFIG_ARGS);
#   1  libpython linked into the executable (no shared libpython mapped: calls inside the
#      interpreter are direct, not through the PLT; Debian's python3.11, built with PGO and LTO
#      by its packaging, which CONFIG_ARGS does not record);
#   0  the rest (e.g. pyenv's default --enable-shared build: shared libpython, no PGO/LTO).
# None usable: `python3`, as before.
set -uo pipefail
probe='
import os, sys, sysconfig
import ensurepip, venv  # noqa: F401  Debian: python3.11-venv
assert sys.version_info >= (3, 11)
assert os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h"))  # Debian: python3.11-dev
args = sysconfig.get_config_var("CONFIG_ARGS") or ""
with open("/proc/self/maps") as maps:
    shared = any("libpython" in line for line in maps)
score = 2 if ("--enable-optimizations" in args or "--with-lto" in args) else 0 if shared else 1
print(score, os.path.realpath(sys.executable))
'
best=""
best_score=-1
for candidate in "$@"; do
  exe=$(command -v "$candidate" 2>/dev/null) || continue
  out=$("$exe" -I -c "$probe" 2>/dev/null) || continue
  read -r score path <<<"$out"
  if [ "$score" -gt "$best_score" ]; then
    best=$path
    best_score=$score
  fi
done
echo "${best:-python3}"
