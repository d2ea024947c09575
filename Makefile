# QuoteTrack: `make run` ingests the seed articles and serves the web UI; `make test` runs the tests.
# Both create the virtualenv (.venv) and install the project into it when missing.

PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-test lint clean

run: $(VENV)/.installed
	$(BIN)/quotetrack ingest seeds/
	$(BIN)/quotetrack serve --dev --host $(HOST) --port $(PORT)

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

lint: $(VENV)/.installed-test
	$(BIN)/ruff check quotetrack tests bench
	$(BIN)/ruff format --check quotetrack tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) data .pytest_cache
