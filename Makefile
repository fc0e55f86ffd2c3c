# Two commands: `make run` and `make test`. Both build .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/inventory-app

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n 2

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench

lint: $(STAMP)
	$(VENV)/bin/ruff check inventory_app tests
	$(VENV)/bin/ruff format --check inventory_app tests
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache .importlinter

clean:
	rm -rf $(VENV) build *.egg-info
