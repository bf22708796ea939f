# sitan: situation analysis of child sexual abuse data (LV, LT, PL).
#
# Targets:
#   make deps      install the Debian packages sitan builds against (libcsv-dev, libsqlite3-dev, libssl-dev, libreadstat-dev)
#   make build     release build of bin/sitan (.build/release/sitan)
#   make test      run every test (swift test)
#   make database  rebuild build/sitan.sqlite (SITAN_DB) from datasets/
#   make report    rebuild the database from datasets/ and write the report in English, Latvian, Lithuanian
#                  and Polish: reports/{en,lv,lt,pl}/report.md, report.html and figures/ (the main job);
#                  also report.docx in each when pandoc is installed (not committed)
#   make check-report  rebuild the database, render the reports into build/reports/ and check that the
#                  committed reports/ (every language) is what sitan writes now (exit 1 naming stale files); used by
#                  the CI examples in examples/ci/
#   make datasets  regenerate the synthetic raw files in datasets/ with `sitan synth`
#   make bench     ingest (100k to 10M rows) against sqlite3 .import, estimate and model against R survey, report and
#                  release-ledger timings (installs sqlite3 and R); writes docs/benchmarks.md
#   make lint      swift format lint --strict
#   make fuzz      libFuzzer on the CSV reader, the sitan.yaml loader, the codebook and dictionary loader and
#                  the Eurostat TSV ingest, FUZZ_SECONDS each (default 60); replays the saved crashes first,
#                  prints executions and coverage per target (logs in build/fuzz/<target>.log); corpora in
#                  build/fuzz/<target>/, crashes saved as Tests/Fixtures/fuzz-crashes/<target>-*
#                  (leak detection is off: Foundation's FileManager.contents leaks 4 KiB per empty file)
#   make sanitize  the test suite under the address sanitizer (build in .build-asan); leak detection
#                  off for the same Foundation leak; a trap's backtrace trips ASan in the Swift runtime
#   make sanitize-thread  the test suite under the thread sanitizer (build in .build-tsan)
#   make faults    the kill -9 fault tests with 50 kills per command (the suite runs 6)
#   make clean     remove build products and the report database
#
# The database location is passed to sitan through SITAN_DB:
#   make report SITAN_DB=build/other.sqlite

SHELL := /bin/bash
SITAN_DB ?= build/sitan.sqlite
export SITAN_DB
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PACKAGES := libcsv-dev libsqlite3-dev libssl-dev libreadstat-dev
BENCH_PACKAGES := sqlite3 time bc r-base-core r-cran-survey
SITAN := .build/release/sitan
LANGUAGES := en lv lt pl

.PHONY: deps build test database report check-report datasets bench lint clean fuzz sanitize sanitize-thread faults

deps:
	@dpkg -s $(PACKAGES) >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PACKAGES); }

build: deps
	swift build -c release --product sitan

test: deps
	swift test

database: build
	@mkdir -p $(dir $(SITAN_DB))
	rm -f $(SITAN_DB)
	bash scripts/ingest-datasets.sh $(SITAN) datasets

report: database
	for lang in $(LANGUAGES); do $(SITAN) report --lang $$lang --out reports/$$lang || exit 1; done
	@if command -v pandoc >/dev/null; then \
	  for lang in $(LANGUAGES); do pandoc reports/$$lang/report.md --resource-path=reports/$$lang -o reports/$$lang/report.docx || exit 1; done; \
	  echo "reports/*/report.docx written by pandoc"; \
	else echo "pandoc is not installed: no reports/*/report.docx"; fi
	@echo "reports written: reports/{$(shell echo $(LANGUAGES) | tr ' ' ,)}/report.md (database: $(SITAN_DB))"

check-report: database
	for lang in $(LANGUAGES); do $(SITAN) report --lang $$lang --out build/reports/$$lang || exit 1; done
	for lang in $(LANGUAGES); do $(SITAN) report --lang $$lang --check --out reports/$$lang || exit 1; done

datasets: build
	bash scripts/make-datasets.sh $(SITAN) datasets

bench: build
	@dpkg -s $(BENCH_PACKAGES) >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BENCH_PACKAGES); }
	bash bench/benchmarks.sh $(SITAN)

lint:
	swift format lint --strict --recursive Sources Tests Package.swift

clean:
	rm -rf .build build

FUZZ_SECONDS ?= 60
FUZZ_TARGETS := fuzz-csv fuzz-config fuzz-codebook fuzz-eurostat
FUZZ_OPTIONS := -max_len=8192 -rss_limit_mb=2048 -timeout=10 -detect_leaks=0

fuzz: deps
	@mkdir -p Tests/Fixtures/fuzz-crashes
	for target in $(FUZZ_TARGETS); do \
	  SITAN_FUZZ=1 swift build --scratch-path .build-fuzz -c debug --product $$target \
	    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld || exit 1; \
	  corpus=build/fuzz/$$target; mkdir -p $$corpus; \
	  case $$target in \
	    fuzz-csv) cp Tests/Fixtures/hostile/*.csv $$corpus/ ;; \
	    fuzz-config) cp Tests/Fixtures/hostile/config-*.yaml $$corpus/ ;; \
	    fuzz-codebook) for f in Tests/Fixtures/hostile/*.codebook.yaml; do { printf b; cat $$f; } > $$corpus/$${f##*/}; done; \
	      for f in Tests/Fixtures/hostile/dictionary-*.yaml Tests/Fixtures/hostile/variables.yaml; do { printf a; cat $$f; } > $$corpus/$${f##*/}; done ;; \
	    fuzz-eurostat) cp Tests/Fixtures/hostile/*.tsv $$corpus/ ;; \
	  esac; \
	  crashes=$$(ls Tests/Fixtures/fuzz-crashes/$$target-* 2>/dev/null); \
	  if [ -n "$$crashes" ]; then ASAN_OPTIONS=detect_leaks=0 .build-fuzz/debug/$$target $(FUZZ_OPTIONS) $$crashes || exit 1; cp $$crashes $$corpus/; fi; \
	  ASAN_OPTIONS=detect_leaks=0 .build-fuzz/debug/$$target $$corpus $(FUZZ_OPTIONS) -max_total_time=$(FUZZ_SECONDS) \
	    -artifact_prefix=Tests/Fixtures/fuzz-crashes/$$target- -print_final_stats=1 > build/fuzz/$$target.log 2>&1; \
	  status=$$?; \
	  echo "$$target: $$(grep -E '^#[0-9]+.*(DONE|pulse)' build/fuzz/$$target.log | tail -1)"; \
	  grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' build/fuzz/$$target.log; \
	  [ $$status = 0 ] || { tail -30 build/fuzz/$$target.log; exit 1; }; \
	done

faults: deps
	SITAN_FAULT_KILLS=50 swift test --filter FaultTests

sanitize: deps
	ASAN_OPTIONS=detect_leaks=0 swift test --scratch-path .build-asan -Xswiftc -sanitize=address

sanitize-thread: deps
	TSAN_OPTIONS=halt_on_error=1 swift test --scratch-path .build-tsan -Xswiftc -sanitize=thread
