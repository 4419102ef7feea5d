# The two commands of the README: `make run` and `make test`. Both install
# what is missing first (tools/setup-debian.sh), then build with CMake.
# `make run` asks only for what running needs and builds only the program,
# so that it works offline and soon; `make test` asks for everything.
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# The sanitizer build: clang, AddressSanitizer, UBSan and the fuzz targets
# (the `sanitize` preset of CMakePresets.json).
SANITIZE_DIR = build-sanitize
FUZZ_SECONDS ?= 60

.PHONY: all setup setup-run configure configure-run build run test package bench bench-space bench-kiosk schema pot screenshots clean
.PHONY: configure-sanitize test-sanitize fuzz

all: build

setup:
	@tools/setup-debian.sh --test

setup-run:
	@tools/setup-debian.sh --run

# The tests are built when Catch2 is there (ATTUNE_TESTS=AUTO, the default);
# `make test` requires them.
configure: setup
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATTUNE_TESTS=ON >/dev/null

configure-run: setup-run
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j$(JOBS)

# The daily check-in, full screen. ARGS passes options and a script through,
# e.g. `make run ARGS="--windowed scripts/speaker-listener.yaml"`.
run: configure-run
	@cmake --build $(BUILD_DIR) -j$(JOBS) --target attune
	./$(BUILD_DIR)/attune $(or $(ARGS),scripts/daily-check-in.yaml)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j$(JOBS)

# The Debian package, build/attune_VERSION_ARCH.deb (see packaging/).
package: build
	cd $(BUILD_DIR) && cpack -G DEB

# The whole suite once more, built with clang, AddressSanitizer and UBSan:
# any memory error, leak or undefined behaviour fails the test that met it.
configure-sanitize: setup
	@cmake --preset sanitize >/dev/null

test-sanitize: configure-sanitize
	@cmake --build $(SANITIZE_DIR) -j$(JOBS) --target attune attune_tests
	cd $(SANITIZE_DIR) && ctest --output-on-failure -j$(JOBS)

# Each fuzz target for FUZZ_SECONDS seconds on a copy of its seed corpus,
# e.g. `make fuzz FUZZ_SECONDS=600`; what it finds is kept in
# build-sanitize/fuzz-findings/ (tools/run-fuzzers.sh says more).
fuzz: configure-sanitize
	@cmake --build $(SANITIZE_DIR) -j$(JOBS) --target fuzz_targets
	@tools/run-fuzzers.sh $(SANITIZE_DIR) $(FUZZ_SECONDS)

bench: build
	./$(BUILD_DIR)/attune_bench_load
	./$(BUILD_DIR)/attune_bench_validate

# What keeping a conversation costs: the key derivation, one durable
# command and one durable progress (median, p99), opening a year of
# weekly conversations.
bench-space: build
	./$(BUILD_DIR)/attune_bench_space

# The JSON Schema for editors, written from the loader's tables of keys; a
# test fails while the checked-in file differs from this output.
schema: build
	./$(BUILD_DIR)/attune --print-schema > schema/attune-script.schema.json

# The translators' template, po/attune.pot, from the English words in
# src/core/view/words_en.cpp and src/export/export_words.cpp; a test fails
# while the checked-in file differs.
pot: configure
	@cmake --build $(BUILD_DIR) --target pot

# The real kiosk under Xvfb at three sizes beside a bare SDL2 floor (about 12 minutes; ARGS=--quick about 2).
bench-kiosk: build
	@cmake --build $(BUILD_DIR) --target attune_bench_floor
	bench/kiosk_benchmark.sh --binary $(BUILD_DIR)/attune $(ARGS)

# The README's pictures, rendered headless by the real program.
SHOT = ./$(BUILD_DIR)/attune --screenshot docs/screenshots/$(1).png --state $(1) --size 1280x720 $(2)
screenshots: build
	@mkdir -p docs/screenshots
	$(call SHOT,start,scripts/speaker-listener.yaml)
	$(call SHOT,turn,scripts/speaker-listener.yaml)
	$(call SHOT,reflect,scripts/speaker-listener.yaml)
	$(call SHOT,cooldown,scripts/speaker-listener.yaml)
	$(call SHOT,summary,scripts/weekly-relationship-meeting.yaml)
	$(call SHOT,timebox,tests/data/screens/time-box.yaml)
	$(call SHOT,choice-split,scripts/speaker-listener.yaml)
	$(call SHOT,summary-page2,tests/data/screens/long-summary.yaml)
	$(call SHOT,keep,scripts/weekly-relationship-meeting.yaml)
	$(call SHOT,keep-code,scripts/weekly-relationship-meeting.yaml)
	$(call SHOT,home,scripts/weekly-relationship-meeting.yaml)
	$(call SHOT,end-kept-summary,scripts/weekly-relationship-meeting.yaml)
	@mv docs/screenshots/end-kept-summary.png docs/screenshots/end-kept.png

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR)
