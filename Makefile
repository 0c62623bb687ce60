# The two set-up commands: `make run` (the main job) and `make test` (the whole suite).
SHELL := /bin/bash
PY := .venv/bin/python
STAMP := .venv/.installed

.PHONY: run test lint venv python-deps system-deps monitoring-deps stack-deps test-deps up up-monitoring down bench schema producer-fixtures

venv: $(STAMP)

# The interpreter the venv is made from: of these candidates, the first usable one (3.11+, makes
# a venv, has Python.h) with the best build (deploy/local/python.sh; bench/segment/interp41.md:
# Debian's python3.11, built with PGO and LTO, segments and enriches faster than a default pyenv
# build); `python3` when none is usable. `make venv PYTHON=...` chooses another. An existing .venv
# is kept, whatever it was made from (a note says when that differs): `rm -rf .venv && make venv`
# remakes it.
PYTHON_CANDIDATES := /usr/bin/python3.11 python3.11 python3
PYTHON = $(shell bash deploy/local/python.sh $(PYTHON_CANDIDATES))

# setup.py builds the C accelerator (services/segment/layout/_bulk.c) and compiles most layout
# modules, the enricher's rule modules and the document families with mypyc (its COMPILED,
# ENRICH_COMPILED and FAMILIES lists): an edit to any of them rebuilds (a stale compiled module is
# not used: the packages' __init__.py fall back to pure Python and warn).
ENRICH_SOURCES := $(wildcard services/enrich/*.py services/enrich/entities/*.py services/enrich/references/*.py)
$(STAMP): pyproject.toml setup.py services/segment/layout/_bulk.c $(wildcard services/segment/layout/*.py) $(wildcard services/segment/families/*.py) $(ENRICH_SOURCES) | python-deps
	@python=$(PYTHON); \
	if [ -x $(PY) ]; then \
		made=$$($(PY) -c 'import os, sys; print(os.path.realpath(sys._base_executable))'); \
		[ "$$made" = "$$python" ] || echo "note: .venv was made from $$made, not $$python (chosen now); kept: rm -rf .venv && make venv remakes it"; \
	else \
		echo "$$python -m venv .venv"; $$python -m venv .venv; \
	fi
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Where Debian's python3.11 is installed: what it needs to make the venv and build its compiled
# modules (ensurepip, Python.h). Not fatal: without them the venv comes from another candidate.
python-deps:
	@if dpkg-query -W -f='$${Status}' python3.11 2>/dev/null | grep -q "install ok installed"; then \
		bash deploy/local/system-deps.sh python3.11-venv python3.11-dev \
			|| echo "note: python3.11-venv/-dev not installed: the venv is made from another interpreter"; \
	fi

# Debian packages the pipeline needs (OCR; jemalloc, which the segmenter's worker runs under:
# services/segment/worker_process.py); installed only when missing. The tesserocr wheel
# brings its own libtesseract but takes OpenMP (libgomp1) and the language data from here.
system-deps:
	@bash deploy/local/system-deps.sh tesseract-ocr tesseract-ocr-nld tesseract-ocr-eng libgomp1 libjemalloc2

# Prometheus (and promtool) for `stukken up --monitoring` and the alert-rule tests.
monitoring-deps:
	@bash deploy/local/system-deps.sh prometheus

# Kafka's jars and the S3 gateway's binary, fetched and built into ~/.cache/stukken once, before
# any test: a first build inside a test's set-up would race pytest's per-test timeout.
stack-deps: venv
	$(PY) -m stukken.localstack.prefetch

# ... and those the tests need besides (a real browser for the search page, Prometheus).
test-deps: system-deps monitoring-deps stack-deps
	@bash deploy/local/system-deps.sh chromium

run: venv system-deps stack-deps
	$(PY) -m stukken.demo

up: venv system-deps stack-deps
	.venv/bin/stukken up

up-monitoring: venv system-deps monitoring-deps stack-deps
	.venv/bin/stukken up --monitoring

down:
	.venv/bin/stukken down

lint: venv
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy

test: venv test-deps
	.venv/bin/pytest -ra

bench: venv
	$(PY) -m bench.segment.run
	$(PY) -m bench.ocr.run
	$(PY) -m bench.producers.run
	$(PY) -m bench.enrich.run
	$(PY) -m bench.index.run
	$(PY) -m bench.e2e.run

schema: venv
	.venv/bin/stukken schema --out schemas

# Regenerate the producer-matrix PDFs (committed; CI does not run this): the typesetters.
producer-fixtures: venv
	@bash deploy/local/system-deps.sh chromium libreoffice-writer-nogui fonts-dejavu-core \
		libpango-1.0-0 libpangoft2-1.0-0
	$(PY) -m pip install --quiet -e '.[dev,fixtures]'
	$(PY) -m tests.fixtures.producers.build
