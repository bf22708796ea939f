# sitan: situation analysis of child sexual abuse data (LV, LT, PL).
#
# Targets:
#   make deps      install the Debian packages sitan builds against (libcsv-dev, libsqlite3-dev, libssl-dev)
#   make build     release build of bin/sitan (.build/release/sitan)
#   make test      run every test (swift test)
#   make report    rebuild the database from datasets/ and write reports/report.md with figures (the main job)
#   make datasets  regenerate the synthetic raw files in datasets/ with `sitan synth`
#   make bench     ingest and estimate benchmarks against sqlite3 .import and R survey (installs both); release-ledger audit
#   make lint      swift format lint --strict
#   make clean     remove build products and the report database
#
# The database location is passed to sitan through SITAN_DB:
#   make report SITAN_DB=build/other.sqlite

SHELL := /bin/bash
SITAN_DB ?= build/sitan.sqlite
export SITAN_DB
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PACKAGES := libcsv-dev libsqlite3-dev libssl-dev
BENCH_PACKAGES := sqlite3 time bc r-base-core r-cran-survey
SITAN := .build/release/sitan

.PHONY: deps build test report datasets bench lint clean

deps:
	@dpkg -s $(PACKAGES) >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PACKAGES); }

build: deps
	swift build -c release --product sitan

test: deps
	swift test

report: build
	@mkdir -p $(dir $(SITAN_DB))
	rm -f $(SITAN_DB)
	bash scripts/ingest-datasets.sh $(SITAN) datasets
	$(SITAN) report --out reports
	@echo "report written: reports/report.md (database: $(SITAN_DB))"

datasets: build
	bash scripts/make-datasets.sh $(SITAN) datasets

bench: build
	@dpkg -s $(BENCH_PACKAGES) >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BENCH_PACKAGES); }
	bash bench/ingest.sh $(SITAN)
	SITAN=$(abspath $(SITAN)) bash bench/estimate.sh
	SITAN=$(abspath $(SITAN)) bash bench/ledger.sh

lint:
	swift format lint --strict --recursive Sources Tests Package.swift

clean:
	rm -rf .build build
