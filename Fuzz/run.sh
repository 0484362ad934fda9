#!/usr/bin/env bash
# Fuzzes the whole pipeline (YAML → model → IR → rendering) with libFuzzer for a bounded time.
#
#   Fuzz/run.sh [SECONDS]        (default 600)
#
# Builds the pipeline libraries with -sanitize=fuzzer,address into .build-fuzz, links Fuzz/FuzzPipeline.swift
# against them, and runs it seeded from specs/ and ../shared/corpus/{official,bad}. The corpus it grows is
# kept in .build-fuzz/corpus; crashers land in .build-fuzz/crashes. A crasher becomes a regression test in
# Tests/GeneratorTests/FuzzRegressions/ (see Fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
build=.build-fuzz/x86_64-unknown-linux-gnu/release
[ "$(uname -m)" = aarch64 ] && build=.build-fuzz/aarch64-unknown-linux-gnu/release

# Plugin tools fail to link with the sanitizers; the libraries we need are built before that, so go on.
swift build -c release --scratch-path .build-fuzz --product GenPipeline \
  -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address >/dev/null 2>&1 || true
objects=()
for target in YAML OpenAPI Lowering Rendering DefaultTemplates Generator Mustache; do
  objects+=("$build/$target.build"/*.o)
done
swiftc -O -parse-as-library -sanitize=fuzzer,address -use-ld=lld -I "$build/Modules" -I Sources/CYAML \
  Fuzz/FuzzPipeline.swift "${objects[@]}" -lyaml -o .build-fuzz/fuzz-pipeline

mkdir -p .build-fuzz/corpus .build-fuzz/crashes
seeds=(specs Tests/GeneratorTests/Snippets)
for folder in ../shared/corpus/official ../shared/corpus/bad; do [ -d "$folder" ] && seeds+=("$folder"); done
.build-fuzz/fuzz-pipeline .build-fuzz/corpus "${seeds[@]}" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
  -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix=.build-fuzz/crashes/
