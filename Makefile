# gwterm — one target per habit. `make run` and `make test` work on a fresh Debian machine as root.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test

.PHONY: run test lint bench clean venv system-deps translations dist
# Debian packages: venv support, a real MQTT broker for the report tests, and for the GUI under X11 the xcb libraries Qt loads plus Xvfb for tests
DEBS := python3-venv mosquitto xvfb libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libegl1 libfontconfig1
QM := $(patsubst %.ts,%.qm,$(wildcard i18n/gwterm_*.ts))

system-deps:
	@missing=$$(for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ] && command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		echo "installing Debian packages: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	elif [ -n "$$missing" ]; then echo "note: missing Debian packages (GUI/X11 tests may skip): $$missing"; fi

$(BIN)/python: | system-deps
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	touch $@

i18n/%.qm: i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

$(TESTSTAMP): $(STAMP)
	$(BIN)/pip install -q -e '.[test,dev]'
	touch $@

venv: $(STAMP)

run: system-deps $(STAMP) translations
	$(BIN)/gwterm demo

test: system-deps $(TESTSTAMP) translations
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(TESTSTAMP)
	$(BIN)/ruff check app tests bench
	$(BIN)/ruff format --check app tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(TESTSTAMP)
	$(BIN)/python -m bench

dist: $(TESTSTAMP) translations
	$(BIN)/pyinstaller packaging/gwterm.spec --distpath dist --workpath build/pyinstaller --noconfirm --log-level WARN
	packaging/deb/build_deb.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache .hypothesis
