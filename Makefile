# Two commands do all the set-up: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run test fuzz lint bench messages chat clean

run: $(INSTALLED)
	$(BIN)/senim db upgrade
	$(BIN)/senim run

test: $(INSTALLED)
	$(BIN)/pytest

# The property-based bad-input test with many more examples than `make test` runs.
fuzz: $(INSTALLED)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest tests/e2e/test_fuzz.py

chat: $(INSTALLED)
	$(BIN)/senim chat

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy bot db

bench: $(INSTALLED)
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

# Extract texts from the code and merge them into the ru and kk catalogs (then translate the new ones).
messages: $(INSTALLED)
	$(BIN)/pybabel extract -F babel.cfg -k N_ -k plural:1,2 --no-location -o bot/locales/messages.pot .
	$(BIN)/pybabel update -i bot/locales/messages.pot -d bot/locales -D messages -w 100 --no-fuzzy-matching

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(INSTALLED)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
