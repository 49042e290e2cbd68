# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SEED := seeds/000_a87d58a2556ee7bf.txt
# What the install is built from: an edit to any of these installs again on the next `make`.
SOURCES := $(shell find src -name '*.py' -o -name '*.toml') setup.py pyproject.toml

.PHONY: run test lint clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# An ordinary install (not editable), with every reader and writer: setup.py compiles the
# extraction modules with mypyc where a C compiler is at hand. Stamp files keep a second
# `make` from installing again while the sources are unchanged. build/ goes first: pip builds
# in the tree, and a module compiled there by an earlier build would be installed again even
# after setup.py stopped compiling it.
$(VENV)/.installed: $(SOURCES) | $(PY)
	rm -rf build && $(PY) -m pip install -q '.[all]'
	touch $@

$(VENV)/.installed-test: $(SOURCES) | $(PY)
	rm -rf build && $(PY) -m pip install -q '.[all,test]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(VENV)/bin/kjstats extract $(SEED)

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check src tests benchmarks scripts
	$(VENV)/bin/ruff format --check src tests benchmarks scripts
	$(VENV)/bin/mypy

test: lint
	$(PY) -m pytest -q

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .mypy_cache .ruff_cache src/kjstats/__pycache__ src/kjstats/*.so src/*.so
