# Two commands do all set-up: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB ?= demo.db

.PHONY: install demo test bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/toll ingest --db $(DEMO_DB) examples/
	$(BIN)/toll articles --db $(DEMO_DB)
	$(BIN)/toll timeline --db $(DEMO_DB) killed/Russia/military
	@echo ""
	@echo "Dashboard: $(BIN)/toll serve --db $(DEMO_DB)   then open http://127.0.0.1:8000/"

test: $(STAMP)
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python bench/html_extraction.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
