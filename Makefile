# latitude: `make report` sets up and writes the South Korea report from the data mirror;
# `make test` sets up and runs the whole test suite. Both create .venv with Python 3.11.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MIRROR ?= $(abspath ../shared/data)
export LATITUDE_MIRROR := $(MIRROR)

.PHONY: setup report test test-fast

$(BIN)/latitude: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/latitude

setup: $(BIN)/latitude

report: setup
	$(BIN)/latitude data build --mirror $(MIRROR)
	$(BIN)/latitude profile KOR --poles USA,CHN,JPN --years 1990-2023
	$(BIN)/latitude report KOR --poles USA,CHN,JPN --years 1990-2023 --out report.html

test: setup
	$(BIN)/python -m pytest

test-fast: setup
	$(BIN)/python -m pytest -m unit
