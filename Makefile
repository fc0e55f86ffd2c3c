# Two commands: `make run` and `make test`. Both build .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint clean messages

# Translations: sources under resources/locale/<language>/*.po, compiled here by make.
LOCALE := resources/locale
PO := $(wildcard $(LOCALE)/*/*.po)
MO := inventory_app/i18n/compiled/it/LC_MESSAGES/inventory_app.mo

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(MO): $(PO) $(STAMP)
	$(PY) -m inventory_app.i18n.compile $(LOCALE)

# Every marked string of the source into resources/locale/inventory_app.pot, then into the
# Italian catalogue: new ones empty for a translator, gone ones removed.
messages: $(STAMP)
	$(VENV)/bin/pybabel -q extract --no-location --sort-output -F $(LOCALE)/babel.cfg \
	  -k tr -k ntr:1,2 -k trc:1c,2 -k N_ -k NC_:1c,2 -o $(LOCALE)/inventory_app.pot inventory_app
	$(VENV)/bin/pybabel -q update --no-fuzzy-matching --ignore-obsolete -w 100 \
	  -i $(LOCALE)/inventory_app.pot -o $(LOCALE)/it/inventory_app.po -l it

run: $(STAMP) $(MO)
	$(VENV)/bin/inventory-app

test: $(STAMP) $(MO)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n 2

bench: $(STAMP) $(MO)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench

lint: $(STAMP)
	$(VENV)/bin/ruff check inventory_app tests
	$(VENV)/bin/ruff format --check inventory_app tests
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache .importlinter

clean:
	rm -rf $(VENV) build *.egg-info inventory_app/i18n/compiled
