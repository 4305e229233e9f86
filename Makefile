# Two entry points for a fresh machine: `make run` and `make test`. Each builds .venv from requirements.lock.
PYTHON ?= python3
VENV := .venv
UV := $(VENV)/bin/uv
STAMP := $(VENV)/.installed
# The browser test drives Debian's Chromium; Playwright never downloads a browser of its own.
CHROMIUM := /usr/bin/chromium
export WARWIRE_WAREHOUSE ?= warehouse/warwire.duckdb
export WARWIRE_LANDING_DIR ?= data/sample
export DAGSTER_HOME ?= $(CURDIR)/dagster_home
export GX_ANALYTICS_ENABLED := false

.PHONY: run test bench bench-scaling bench-wire ui validate clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -qq uv==0.13.8
	$(UV) pip install -q --python $(VENV)/bin/python -r requirements.lock
	$(UV) pip install -q --python $(VENV)/bin/python --no-deps -e .
	touch $(STAMP)

$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

run: $(STAMP)
	$(VENV)/bin/warwire run

test: $(STAMP) $(CHROMIUM)
	$(VENV)/bin/python -m pytest -q

# The speed benchmark (bench/nightly.py): ARTICLES=50000 BASELINE=0 for the memory and scale figures.
ARTICLES ?= 10000
BASELINE ?= 1
bench: $(STAMP)
	$(VENV)/bin/python bench/nightly.py --articles $(ARTICLES) $(if $(filter 0,$(BASELINE)),--no-baseline)

# Cost against input size, each doubling compared with the size before it: near-duplicates, then extraction.
bench-scaling: $(STAMP)
	$(VENV)/bin/python bench/scaling_near_duplicates.py
	$(VENV)/bin/python bench/scaling_extraction.py

# The extraction path against the naive baseline on the wire set's texts (retrieved into tests/data/wire/texts).
bench-wire: $(STAMP)
	$(VENV)/bin/python bench/wire_texts.py

# The UI has no login, so it listens on this machine only; UI_HOST=0.0.0.0 opts in to serving the network.
UI_HOST ?= 127.0.0.1
UI_PORT ?= 3000
# dg expects the project's virtual environment to be the active one.
ui: $(STAMP)
	VIRTUAL_ENV=$(CURDIR)/$(VENV) PATH=$(CURDIR)/$(VENV)/bin:$$PATH dg dev -h $(UI_HOST) -p $(UI_PORT)

validate: $(STAMP)
	VIRTUAL_ENV=$(CURDIR)/$(VENV) PATH=$(CURDIR)/$(VENV)/bin:$$PATH dg check defs

clean:
	rm -rf $(VENV) $(WARWIRE_WAREHOUSE)
