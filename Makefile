# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SEED := seeds/000_a87d58a2556ee7bf.txt

.PHONY: run test clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# The modules mypyc compiles (src/kjstats/_compiled.py): an edit to one rebuilds them on the
# next `make` (kjstats ignores compiled copies older than their sources until then).
COMPILED_SRC := $(wildcard src/kjstats/*.py) setup.py

# Stamp files so a second `make` does not reinstall; they depend on what the install builds.
# compileall: an editable install leaves the sources without bytecode, and where
# PYTHONDONTWRITEBYTECODE is set every run would compile them again (~40 ms of start-up).
# The extract of the seed fills the start-up cache (kjstats/startcache.py): the first real
# run then starts as fast as the next ones.
$(VENV)/.installed: pyproject.toml $(COMPILED_SRC) | $(PY)
	$(PY) -m pip install -q -e .
	$(PY) -m compileall -q src/kjstats
	$(VENV)/bin/kjstats extract $(SEED) -f jsonl -o /dev/null
	touch $@

$(VENV)/.installed-test: pyproject.toml $(COMPILED_SRC) | $(PY)
	$(PY) -m pip install -q -e '.[test]'
	$(PY) -m compileall -q src/kjstats
	$(VENV)/bin/kjstats extract $(SEED) -f jsonl -o /dev/null
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(VENV)/bin/kjstats extract $(SEED)

test: $(VENV)/.installed-test
	$(PY) -m pytest -q

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache src/*.so src/kjstats/*.so src/kjstats/_compiled.stamp \
		src/kjstats/__pycache__
