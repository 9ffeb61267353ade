# plantrace: the two set-up commands are `make demo` and `make test`; both build the venv first.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= out/plantrace.db
SCALE_DOCS ?= 1000
STAMP  := $(VENV)/.installed

.PHONY: venv system demo test screenshots lint bench eval clean

venv: $(STAMP)

# Debian packages listed in scripts/debian-packages.txt (PostgreSQL, Chromium, …), installed if missing.
system:
	bash scripts/system-packages.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: venv system
	mkdir -p out
	$(BIN)/plantrace ingest examples/corpus --db $(DB)
	$(BIN)/plantrace ls --db $(DB)
	$(BIN)/plantrace show guangzhou_work_report --outline --db $(DB)
	$(BIN)/plantrace targets --db $(DB) --doc guangzhou_work_report --metric 地区生产总值
	$(BIN)/plantrace search 夜间经济 --db $(DB) --limit 3
	$(BIN)/plantrace search 2021年广州地区生产总值增长目标 --db $(DB) --limit 2
	$(BIN)/plantrace compare 海珠区 荔湾区 从化区 --db $(DB) --format html > out/compare.html
	@echo "Side-by-side comparison of three districts: out/compare.html"
	$(BIN)/plantrace track build --db $(DB)
	$(BIN)/plantrace track status --db $(DB) --jurisdiction 中华人民共和国 --year 2018
	$(BIN)/plantrace report --jurisdiction 中华人民共和国 --period 2016-2020 --db $(DB) --out out/report_national.html
	$(BIN)/plantrace report --jurisdiction 广州市 --period 2021-2025 --db $(DB) --format md --out out/report_guangzhou.md
	@echo "Target tracking reports: out/report_national.html, out/report_guangzhou.md"
	$(BIN)/plantrace link --db $(DB)
	@echo "Sign in to upload or edit: $(BIN)/plantrace users add NAME --role admin --jurisdiction '*' --db $(DB)"
	@echo "Starting the web app on the sample corpus: http://127.0.0.1:8000 (Ctrl-C stops it)"
	$(BIN)/plantrace serve --db $(DB) --host 127.0.0.1 --port 8000

test: venv system
	$(BIN)/ruff check src tests bench evaluation
	$(BIN)/mypy src
	$(BIN)/lint-imports
	$(BIN)/pytest -q

screenshots: venv system
	PLANTRACE_SCREENSHOTS=$(CURDIR)/docs/screenshots $(BIN)/pytest -q tests/web/test_browser.py

lint: venv
	$(BIN)/ruff check src tests bench evaluation
	$(BIN)/mypy src
	$(BIN)/lint-imports

bench: venv
	mkdir -p out
	$(BIN)/python -m bench --out out/bench.json --scale-docs $(SCALE_DOCS)

eval: venv
	$(BIN)/python -m evaluation

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis
