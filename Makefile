# cspr: two commands to start (see README): `make demo` and `make test`.
# Everything is built from nothing: a bootstrap venv in .tools/ holds uv, and uv
# builds the project environment in .venv/ from uv.lock.

PYTHON     ?= python3
UV_VERSION := 0.13.9
TOOLS      := .tools
UV         := $(TOOLS)/bin/uv
VENV       := .venv
STAMP      := $(VENV)/.cspr-synced
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PYTHON)
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: demo test bench lint env clean browser frontend web

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet "uv==$(UV_VERSION)"

$(STAMP): pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --all-groups --compile-bytecode
	@touch $@

env: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/python -m workflows.demo

# The web pages' GOV.UK Frontend (and axe-core for the browser tests), from npm at the versions and
# integrity hashes package-lock.json pins, into node_modules/ (ignored; never committed).
NPM      ?= npm
FRONTEND := node_modules/.cspr-installed
$(FRONTEND): package.json package-lock.json
	@command -v $(NPM) >/dev/null 2>&1 || { echo "make: npm is needed for the web pages' assets (apt-get install npm)"; exit 1; }
	$(NPM) ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

frontend: $(FRONTEND)

# Serve the demo store (`make demo` first) on http://127.0.0.1:8080 until Ctrl-C, on the demo's day.
web: $(STAMP) $(FRONTEND)
	CSPR_TODAY=$${CSPR_TODAY:-2026-12-31} $(VENV)/bin/cspr web --host 127.0.0.1 --port 8080

# The annual report's test opens its HTML in headless Chromium; install Debian's `chromium` when
# it is missing (root, or sudo). Where apt-get cannot, the test skips, and fails when CI is set.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
	    chromium >/dev/null; } || echo "make: could not install chromium; the browser test skips"

test: lint browser frontend
	$(VENV)/bin/python -m pytest

# The unit tier only (pure code, a few seconds): for the edit-test loop.
.PHONY: test-fast
test-fast: $(STAMP)
	$(VENV)/bin/python -m pytest tests/unit

bench: $(STAMP)
	$(VENV)/bin/python -m bench

lint: $(STAMP)
	$(VENV)/bin/ruff check --no-cache .
	$(VENV)/bin/ruff format --no-cache --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) $(TOOLS) var node_modules .pytest_cache .ruff_cache .hypothesis
