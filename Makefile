# latitude: `make report` sets up and writes the South Korea report from the data mirror;
# `make test` sets up and runs the whole test suite. Both use .venv with Python 3.11: the report
# installs only what it needs (no test, spark, browser or accurate extras; no .pyc files written
# ahead of use), the tests add the test extra. The store is reused while the mirror's files and
# latitude's loaders are unchanged (`latitude data build` skips them).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MIRROR ?= $(abspath ../shared/data)
export LATITUDE_MIRROR := $(MIRROR)
# OpenBLAS's Haswell kernels, which the committed model files are fit with: on an AVX-512 CPU its own pick
# gives fits that differ in the last bits (see `latitude.coding.build.pin_blas_kernel`); x86-64 only
ifeq ($(shell uname -m),x86_64)
export OPENBLAS_CORETYPE ?= Haswell
endif

.PHONY: setup report test test-fast

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.report-installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --no-compile -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.report-installed

report: $(VENV)/.report-installed
	$(BIN)/latitude data build --mirror $(MIRROR)
	$(BIN)/latitude profile KOR --poles USA,CHN,JPN --years 1990-2024
	$(BIN)/latitude report KOR --poles USA,CHN,JPN --years 1990-2024 --out report.html

test: $(VENV)/.test-installed
	$(BIN)/python -m pytest -n 2 --dist loadgroup

test-fast: $(VENV)/.test-installed
	$(BIN)/python -m pytest -m unit -n 2
