# foidesk — two commands set everything up: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# A throwaway PostgreSQL database per checkout, so parallel checkouts never share one.
PG_URL ?= postgres://postgres@127.0.0.1:5432/postgres
PG_TEST_DB ?= foidesk_test_$(shell basename "$(CURDIR)" | tr -c 'a-zA-Z0-9\n' '_' | tr 'A-Z' 'a-z')
PYTEST_ARGS ?=

.PHONY: install run test lint typecheck unit pg-tests bench clean-venv

$(STAMP): pyproject.toml requirements.lock $(wildcard package-lock.json)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	@if [ -f package.json ]; then npm ci --no-audit --no-fund --silent; fi
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/foidesk serve

lint: install
	$(BIN)/ruff check src tests benchmarks

typecheck: install
	$(BIN)/mypy

unit: install
	FOIDESK_TESTING=1 $(BIN)/pytest -n 2 $(PYTEST_ARGS)

# The database-backed tests again on PostgreSQL. Under CI (or FOIDESK_REQUIRE_POSTGRES=1) a
# missing server is a failure; on a laptop it is a loud warning.
pg-tests: install
	@if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then \
	  echo "== PostgreSQL pass (test database $(PG_TEST_DB)) =="; \
	  FOIDESK_TESTING=1 DATABASE_URL=$(PG_URL) FOIDESK_TEST_DB_NAME=$(PG_TEST_DB) \
	    $(BIN)/pytest -n 2 --create-db $(wildcard tests/web tests/browser tests/architecture) $(PYTEST_ARGS); \
	elif [ -n "$$CI" ] || [ -n "$$FOIDESK_REQUIRE_POSTGRES" ]; then \
	  echo "ERROR: PostgreSQL is required here but none answers on 127.0.0.1:5432" >&2; exit 1; \
	else \
	  echo ""; echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"; \
	  echo "!! WARNING: no PostgreSQL on 127.0.0.1:5432 — the PostgreSQL pass was SKIPPED !!"; \
	  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"; echo ""; \
	fi

test: lint typecheck unit pg-tests

bench: install
	@for f in benchmarks/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

clean-venv:
	rm -rf $(VENV)
