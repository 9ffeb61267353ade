# plantrace: the two set-up commands are `make demo` and `make test`; both build the venv first.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= out/plantrace.db
STAMP  := $(VENV)/.installed

.PHONY: venv demo test lint bench eval clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: venv
	mkdir -p out
	$(BIN)/plantrace ingest examples/corpus --db $(DB)
	$(BIN)/plantrace ls --db $(DB)

test: venv
	$(BIN)/lint-imports
	$(BIN)/pytest -q

lint: venv
	$(BIN)/ruff check src tests
	$(BIN)/mypy src

bench: venv
	mkdir -p out
	$(BIN)/python -m bench --out out/bench.json

eval: venv
	$(BIN)/python -m evaluation

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis
