# newsdesk: the front door. Every target sets up .venv itself (Python 3.11 and make are all you need).
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)
# Deterministic notebook runs: stable hashing, inline plots (an inherited Agg backend would drop them).
NB_ENV := env -u MPLBACKEND PYTHONHASHSEED=0 NEWSDESK_CACHE=0
# In Lab the cache stays on, so re-running cells over a large corpus is quick.
LAB_ENV := env -u MPLBACKEND
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9]*.ipynb))
# Fixture sets scored by `make eval`; tests/fixtures/README.md says what each one is and how unseen it is.
EVAL_SETS := dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 heldout heldout2 heldout3 heldout4 heldout5 heldout6 heldout7 heldout8 heldout9 heldout10

.PHONY: help lab test notebooks report bench clean lock eval

help:
	@echo "make lab        set up .venv and open JupyterLab on notebooks/"
	@echo "make test       set up .venv, run unit tests and validate every notebook with nbval"
	@echo "make notebooks  re-execute every notebook in place (byte-stable outputs)"
	@echo "make report     executed notebooks as HTML in reports/"
	@echo "make bench      speed and memory benchmark (1,000 and 10,000 articles)"
	@echo "make eval       extraction scores on dev and held-out fixture articles"
	@echo "make clean      remove .venv, caches and reports"

# The venv is rebuilt only when the pins or the package metadata change.
$(STAMP): requirements.txt constraints.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip==26.3"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt -c constraints.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

lab: $(STAMP)
	$(LAB_ENV) $(BIN)/jupyter lab --notebook-dir=notebooks $(ROOT_FLAG)

test: $(STAMP)
	$(NB_ENV) $(BIN)/python -m pytest -q tests --nbval --nbval-current-env $(NOTEBOOKS)

notebooks: $(STAMP)
	cd notebooks && $(NB_ENV) ../$(BIN)/jupyter nbconvert --to notebook --execute --inplace \
	  --ExecutePreprocessor.record_timing=False --ExecutePreprocessor.timeout=300 \
	  --ClearMetadataPreprocessor.enabled=True --ClearMetadataPreprocessor.clear_notebook_metadata=False \
	  --ClearMetadataPreprocessor.preserve_cell_metadata_mask=tags \
	  $(notdir $(NOTEBOOKS))

report: $(STAMP)
	mkdir -p reports
	$(NB_ENV) $(BIN)/jupyter nbconvert --to html --output-dir reports $(NOTEBOOKS)

bench: $(STAMP)
	$(BIN)/python -m newsdesk.bench

lock: $(STAMP)
	( echo "# Full resolved dependency set (pip freeze), used as constraints so notebook outputs are byte-stable."; \
	  echo "# Regenerate with: make lock"; \
	  $(BIN)/python -m pip freeze --exclude-editable --disable-pip-version-check ) > constraints.txt

clean:
	rm -rf $(VENV) reports .newsdesk-cache .pytest_cache .hypothesis lib/*.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

# Extraction quality on fixture articles written from the rules by helpers who never read the extractor.
eval: $(STAMP)
	@echo "== articles: dev set, every expected item is also a test"
	@$(BIN)/python -m newsdesk.evaluate tests/fixtures/articles tests/fixtures/expected
	@for s in $(EVAL_SETS); do \
	  echo "== $$s: $$(grep -F "| \`$$s/\` |" tests/fixtures/README.md | cut -d'|' -f3 | sed 's/^ *//;s/ *$$//')"; \
	  $(BIN)/python -m newsdesk.evaluate tests/fixtures/$$s || exit 1; \
	done
