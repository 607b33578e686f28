# gwterm — one target per habit. `make run` and `make test` work on a fresh Debian machine as root.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test

.PHONY: run test lint bench clean venv

$(BIN)/python:
	$(PY) -m venv $(VENV) || (apt-get update && apt-get install -y python3-venv && $(PY) -m venv $(VENV))
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	touch $@

$(TESTSTAMP): $(STAMP)
	$(BIN)/pip install -q -e '.[test,dev]'
	touch $@

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/gwterm demo

test: $(TESTSTAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(TESTSTAMP)
	$(BIN)/ruff check app tests bench
	$(BIN)/ruff format --check app tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(TESTSTAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache .hypothesis
