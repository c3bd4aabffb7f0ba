# sitrep — two commands for a newcomer: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The extractor compiled with mypyc (sitrep/compiled.py); remade when a module under tasks/ changes.
COMPILED := build/mypyc/sources.json

export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export GX_ANALYTICS_ENABLED := false

.PHONY: setup compile demo test lint format bench clean

setup: $(STAMP) $(COMPILED)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev,compiled]"
	touch $(STAMP)

compile: $(COMPILED)  ## compile the extractor's rules with mypyc (plain Python when no C compiler)

$(COMPILED): $(STAMP) $(wildcard tasks/*.py)
	$(BIN)/python -m sitrep.compiled

demo: $(STAMP) $(COMPILED)  ## serve the bundled demo corpus on 127.0.0.1, run the nightly flow, show example queries
	$(BIN)/sitrep demo

test: $(STAMP) $(COMPILED)  ## lint, then the whole test suite (real Prefect, DuckDB, GX, loopback HTTP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP) $(COMPILED)  ## speed checks: ratios against baselines measured in the same run
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_validate.py

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache dq-docs warehouse/sitrep.duckdb warehouse/.sitrep.work.duckdb* warehouse/demo-feeds.yaml
