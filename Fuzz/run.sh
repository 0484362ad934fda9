#!/usr/bin/env bash
# Fuzzes one reader of bytes with libFuzzer and AddressSanitizer for a bounded time.
#
#   Fuzz/run.sh [TARGET] [SECONDS]        (default: pipeline, 600 s)
#
#   pipeline       a document: YAML → model → IR → Swift text (Fuzz/FuzzPipeline.swift)
#   configuration  a gen.yaml, read as the driver reads it (Fuzz/FuzzConfiguration.swift)
#   server         a request to the generated servers of specs/, decoded and checked (Fuzz/FuzzServer.swift)
#   client         a response to the generated clients of specs/, decoded (Fuzz/FuzzClient.swift)
#
# Builds the libraries the target reads with (the pipeline, or the generated modules and their runtime) with
# -sanitize=fuzzer,address into .build-fuzz, links the target's files against them, and runs it from its seeds. The corpus it grows is kept in .build-fuzz/corpus-TARGET;
# crashers land in .build-fuzz/crashes-TARGET. A crasher becomes a regression test (see Fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
target=pipeline
if [[ $# -gt 0 && ! "$1" =~ ^[0-9]+$ ]]; then target=$1; shift; fi
seconds=${1:-600}
build=.build-fuzz/x86_64-unknown-linux-gnu/release
[ "$(uname -m)" = aarch64 ] && build=.build-fuzz/aarch64-unknown-linux-gnu/release

case $target in
  pipeline)
    sources=(Fuzz/FuzzPipeline.swift)
    seeds=(specs Tests/GeneratorTests/Snippets)
    for folder in ../shared/corpus/official ../shared/corpus/bad; do [ -d "$folder" ] && seeds+=("$folder"); done
    max_len=8192 ;;
  configuration)
    sources=(Fuzz/FuzzConfiguration.swift)
    # Every gen.yaml the tests use, each copied to a file of its own.
    mkdir -p .build-fuzz/seeds-configuration
    index=0
    while IFS= read -r file; do
      cp "$file" ".build-fuzz/seeds-configuration/$index.yaml"
      index=$((index + 1))
    done < <(find Tests specs Examples -name 'gen.yaml' -o -name '*.gen.yaml' | sort)
    seeds=(.build-fuzz/seeds-configuration)
    max_len=2048 ;;
  server)
    sources=(Fuzz/FuzzHTTP.swift Fuzz/FuzzServer.swift)
    # One request per sample client call, as the generated clients send it (see FuzzServer.swift).
    seeds=(.build-fuzz/seeds-server)
    max_len=4096 ;;
  client)
    sources=(Fuzz/FuzzHTTP.swift Fuzz/FuzzClient.swift)
    seeds=(Fuzz/seeds-client)
    max_len=4096 ;;
  *)
    echo "Fuzz/run.sh: unknown target '$target'; the targets are pipeline, configuration, server and client" >&2
    exit 2 ;;
esac

sanitize=(-Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address)
objects=()
case $target in
  pipeline | configuration)
    # Plugin tools fail to link with the sanitizers; the libraries we need are built before that, so go on.
    swift build -c release --scratch-path .build-fuzz --product GenPipeline "${sanitize[@]}" >/dev/null 2>&1 || true
    modules=(Source YAML OpenAPI Lowering Rendering DefaultTemplates Generator)
    libraries=(-lyaml) ;;
  server | client)
    generated=(Devin LiveAvatar Pipecat PrimeIntellect Quiva Streamworks Wireworks)
    for module in "${generated[@]}"; do
      swift build -c release --scratch-path .build-fuzz --target "$module" "${sanitize[@]}" >/dev/null
    done
    modules=(GenRuntime OpenAPIRuntime HTTPTypes DequeModule InternalCollectionsUtilities "${generated[@]}")
    libraries=() ;;
esac
# A dependency that this resolution does not build (OpenAPIRuntime leaves out DequeModule in some) adds nothing.
shopt -s nullglob
for module in "${modules[@]}"; do
  objects+=("$build/$module.build"/*.o)
done
shopt -u nullglob
swiftc -O -parse-as-library -sanitize=fuzzer,address -use-ld=lld -I "$build/Modules" -I Sources/CYAML \
  "${sources[@]}" "${objects[@]}" "${libraries[@]}" -o ".build-fuzz/fuzz-$target"
if [ "$target" = server ]; then
  rm -rf .build-fuzz/seeds-server
  GEN_FUZZ_SEEDS=.build-fuzz/seeds-server ".build-fuzz/fuzz-$target"
fi

mkdir -p ".build-fuzz/corpus-$target" ".build-fuzz/crashes-$target"
SWIFT_BACKTRACE=enable=no LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0" ".build-fuzz/fuzz-$target" ".build-fuzz/corpus-$target" "${seeds[@]}" -max_len=$max_len -timeout=10 -rss_limit_mb=2048 \
  -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix=".build-fuzz/crashes-$target/"
