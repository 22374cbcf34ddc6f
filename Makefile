# Two commands on a fresh Debian machine with Python 3.11:
#   make site   – create .venv, install everything, build the whole site strictly into site/
#   make test   – install what the tests need (Chromium included) and run every check
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# Material's end-of-life banner is noise in every build log.
export NO_MKDOCS_2_WARNING := 1
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site serve test translations citation pr-check lint typecheck unit browser system-libs clean bench new-course course-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.site-deps: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.test-deps: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.site-deps

site: $(VENV)/.site-deps system-libs
	$(BIN)/mkdocs build --strict

# A preview lists every warning and keeps serving: one mistake must not stop it
# (mkdocs.yml says strict, for `make site` and the pull-request check).
serve: $(VENV)/.site-deps system-libs
	$(BIN)/mkdocs serve --no-strict

# Which translations are current, out of date, new or missing, with exactly what changed.
# `make translations LANG=nl`: one language's to-do, in that language. Only a LANG given
# on the command line counts: the environment's LANG is the terminal's locale.
translations: $(VENV)/.site-deps
	@$(BIN)/python -m oer.translations status $(if $(filter command line,$(origin LANG)),--lang $(LANG))

# CITATION.cff from the co-producer registry and mkdocs.yml; the build says when it is stale.
citation: $(VENV)/.site-deps
	$(BIN)/python -m oer.attribution.citation

# The pull-request check before pushing: a strict build that fails only on problems in the
# files changed since BASE (default origin/main), uncommitted ones included.
pr-check: $(VENV)/.site-deps system-libs
	$(BIN)/python -m oer.checks pr-check --base $(or $(BASE),origin/main)

# Build speed against plain Material + static-i18n; rewrites benchmarks/report.md.
bench: $(VENV)/.site-deps system-libs
	$(BIN)/python scripts/bench.py

# WeasyPrint draws the PDFs with Pango; Debian's base images usually have it.
system-libs:
	@ldconfig -p | grep -q 'libpangoft2-1.0.so.0' || { \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends \
	    libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core >/dev/null; }

# Playwright cannot download its own browsers here; the tests drive Debian's.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium >/dev/null; }

# The W3C Nu HTML checker (vnu) for the tests: npm brings the jar, Java runs it.
# --ignore-scripts: its install script would download a Java of its own.
VNU_JAR := node_modules/vnu-jar/build/dist/vnu.jar
$(VNU_JAR): package.json package-lock.json
	@command -v java >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends \
	    default-jre-headless >/dev/null; }
	@command -v npm >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends \
	    npm >/dev/null; }
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

lint: $(VENV)/.test-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/zizmor --offline --quiet .github/workflows

typecheck: $(VENV)/.test-deps
	$(BIN)/mypy

unit: $(VENV)/.test-deps browser system-libs $(VNU_JAR)
	$(BIN)/pytest -n auto --dist loadfile

test: lint typecheck unit

# A course of your own in a new folder, e.g. `make new-course DIR=../my-course LANGS="en nl"`
# (TITLE="…" names it): it builds strictly and passes its own `make test` as it comes.
new-course: $(VENV)/.site-deps
	$(BIN)/python -m oer.starter "$(DIR)" --languages $(LANGS) $(if $(TITLE),--title "$(TITLE)")

# Another course's own tests, which its `make test` runs: `make course-test COURSE=../my-course`.
course-test: $(VENV)/.test-deps browser system-libs $(VNU_JAR)
	OER_COURSE="$(abspath $(COURSE))" $(BIN)/pytest -n auto --dist loadfile -m course

clean:
	rm -rf site .cache .pytest_cache .mypy_cache .ruff_cache node_modules
