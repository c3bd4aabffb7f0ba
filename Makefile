# sitrep — two commands for a newcomer: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export GX_ANALYTICS_ENABLED := false

.PHONY: setup demo test lint format bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)  ## serve the bundled demo corpus on 127.0.0.1, run the nightly flow, show example queries
	$(BIN)/sitrep demo

test: $(STAMP)  ## lint, then the whole test suite (real Prefect, DuckDB, GX, loopback HTTP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)  ## speed checks: ratios against baselines measured in the same run
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_validate.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache dq-docs warehouse/sitrep.duckdb warehouse/.sitrep.work.duckdb* warehouse/demo-feeds.yaml
