# The two commands of the README: `make run` and `make test`. Both install
# what is missing first (tools/setup-debian.sh), then build with CMake.
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all setup configure build run test bench clean

all: build

setup:
	@tools/setup-debian.sh

configure: setup
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j$(JOBS)

# ARGS passes options through, e.g. `make run ARGS=--windowed`.
run: build
	./$(BUILD_DIR)/attune $(ARGS)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j$(JOBS)

bench: build
	./$(BUILD_DIR)/attune_bench_load

clean:
	rm -rf $(BUILD_DIR)
