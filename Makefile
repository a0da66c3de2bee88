# crosscheck: two commands for a fresh machine.
#   make demo   install into .venv, then check the seed pages (reports/ gets the output)
#   make test   install into .venv, then run the test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install example clean dev

$(STAMP): pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# the CPU wheel of torch first, pinned, so nothing pulls a CUDA build
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test,onnx,ray]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/crosscheck check seeds --json reports/seeds.json --force --fail-on never

# the example markdown report committed in reports/
example: $(STAMP)
	$(BIN)/crosscheck check seeds --markdown reports/seeds.md --force --fail-on never --quiet

test: $(STAMP)
	$(BIN)/python -m pytest -q

# the development set's texts (20 stories of real coverage) from a snapshot of launchnlp/BASIL:
#   make dev BASIL=/path/to/BASIL/git-dir
dev:
	@test -n "$(BASIL)" || { echo "usage: make dev BASIL=GIT_DIR (a snapshot of launchnlp/BASIL)"; exit 2; }
	$(PY) ../shared/dev/build.py $(BASIL) benchmarks/dev

clean:
	rm -rf $(VENV)
