# The README's two commands: `make demo` and `make test`. Both create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.kg-installed
APT_STAMP := $(VENV)/.kg-apt

.PHONY: demo test lint typecheck benchmark clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python setup.cfg pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -m compileall -q kg  # byte-compiled like an installed package: kg starts 0.3 s sooner
	touch $(STAMP)

# kg's rules compiled with mypyc (kg.native): rebuilt when their sources change; without a C compiler kg runs as Python
NATIVE := kg/_native/SOURCES
NATIVE_SOURCES := kg/extract.py kg/aliases.py kg/dates.py $(wildcard kg/pipeline/*.py kg/pipeline/relations/*.py)

$(NATIVE): $(STAMP) $(NATIVE_SOURCES)
	@echo "compiling kg's rules (mypyc, a few minutes)"
	$(BIN)/python -c 'from kg.native import main; main()' || echo "note: no compiled build (a C compiler and Python's headers are needed): kg runs as Python"

# Chromium and CJK fonts for the browser tests (Debian packages; skipped when present or not root).
$(APT_STAMP): $(BIN)/python
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	  else echo "note: install chromium and fonts-noto-cjk to run the browser tests"; fi; \
	fi
	touch $(APT_STAMP)

demo: $(STAMP) $(NATIVE)
	$(BIN)/kg build --output-dir output
	@echo "Explore: output/graph.html  ·  Query: $(BIN)/kg query kg/queries/issued.rq"

test: $(STAMP) $(NATIVE) $(APT_STAMP)
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/mypy kg
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/mypy kg

benchmark: $(STAMP) $(NATIVE)
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf output/graph.* build dist *.egg-info kg/_native
