#!/usr/bin/env bash
# The speed benchmark of issue "Speed". Prints numbers; asserts nothing.
#
#   Benchmarks/whole-run.sh [--repeat N] [--apple] [FILE...]
#       Whole `gen FILE --output DIR` runs (release) against the libyaml floor, libyaml's own event parse of the
#       same file run as a process (../shared/tools/yamlparse.c), alternately: medians, their ratio, gen's peak
#       RSS. Targets: ratio <= 3x and peak RSS <= 64 MB for every file in big/ (the default FILEs, 5 runs).
#       --apple also runs Apple's swift-openapi-generator 1.14.3 (types, client, server) on the same file in the
#       same alternation, built once from the local package copy into .build-apple/ (ignored, never committed).
#       Target: >= 100x faster than Apple's.
#   Benchmarks/whole-run.sh --scale [--repeat N] [FILE]
#       The document (default stripe) made 1x, 4x and 16x its size by Benchmarks/scale.py, as JSON in a scratch
#       folder; times and peak RSS of gen on each. Target: 4x and 16x take <= 4.4x and <= 18x as long as 1x.
#   The build of the generated module, ours against Apple's: Benchmarks/build-module.sh.
#
# Times are wall clock around each process, in microseconds, so the floor includes libyaml's process start and
# file read as gen's run does. SKIP_BUILD=1 uses the existing release build of gen. The machine is noisy:
# compare medians of one run, never numbers of different runs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
repeat=5
mode=run
apple=0
while [ $# -gt 0 ]; do
  case "$1" in
    --repeat) repeat=$2; shift 2 ;;
    --apple) apple=1; shift ;;
    --scale) mode=scale; shift ;;
    *) break ;;
  esac
done
files=("$@")

if [ "${SKIP_BUILD:-}" != 1 ]; then swift build -c release --product gen >/dev/null; fi
gen=$root/.build/release/gen
mkdir -p .build/benchmark
cc -O2 -o .build/benchmark/yamlparse ../shared/tools/yamlparse.c -lyaml
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Runs a command, appending its wall time (µs) to $1 and its peak RSS (KB) to $2.
timed() {
  local times=$1 rss=$2
  shift 2
  local start
  start=$(date +%s%N)
  local status=0
  /usr/bin/time -o "$scratch/time" -f "%M" "$@" >/dev/null 2>&1 || status=1
  [ $status = 0 ] || echo "failed: $*" >>"$scratch/failures"
  echo $((($(date +%s%N) - start) / 1000)) >>"$times"
  tail -1 "$scratch/time" >>"$rss"
  return $status
}

# Apple's generator, built once from the local package copy.
source Benchmarks/apple-generator.sh
apple_config=$root/.build-apple/openapi-generator-config.yaml
write_apple_config() {
  mkdir -p .build-apple
  printf 'generate:\n  - types\n  - client\n  - server\naccessModifier: public\n' >"$apple_config"
}

run_files() {
  if [ ${#files[@]} -eq 0 ]; then files=(../shared/corpus/big/*.yaml ../shared/corpus/big/*.json); fi
  if [ $apple = 1 ]; then build_apple; write_apple_config; fi
  printf '%-48s %6s %10s %8s %6s %7s' file KB "libyaml ms" "gen ms" ratio "RSS MB"
  if [ $apple = 1 ]; then printf ' %9s %7s %9s' "apple ms" "apple/g" "apple MB"; fi
  printf '\n'
  for file in "${files[@]}"; do
    : >"$scratch/gen" >"$scratch/floor" >"$scratch/rss" >"$scratch/apple" >"$scratch/apple-rss" >"$scratch/none"
    local refused=0
    for _ in $(seq "$repeat"); do
      rm -rf "$scratch/out"
      timed "$scratch/gen" "$scratch/rss" "$gen" "$file" --output "$scratch/out" --module Bench || true
      timed "$scratch/floor" "$scratch/none" .build/benchmark/yamlparse "$file" || true
      if [ $apple = 1 ]; then
        rm -rf "$scratch/apple-out" && mkdir -p "$scratch/apple-out"
        timed "$scratch/apple" "$scratch/apple-rss" "$apple_generator" generate "$file" --config "$apple_config" --output-directory "$scratch/apple-out" || refused=1
      fi
    done
    awk -v name="$(basename "$file")" -v kb=$(($(wc -c <"$file") / 1024)) -v gen="$(median <"$scratch/gen")" \
      -v floor="$(median <"$scratch/floor")" -v rss="$(sort -n "$scratch/rss" | tail -1)" -v apple=$apple \
      -v appletime="$(median <"$scratch/apple")" -v applerss="$(sort -n "$scratch/apple-rss" | tail -1)" -v refused=$refused 'BEGIN {
      printf "%-48s %6d %10.1f %8.0f %6s %7.0f", name, kb, floor / 1000, gen / 1000, sprintf("%.0fx", gen / floor), rss / 1024
      if (apple == 1 && refused == 1) { printf " %9s %7s %9s", "refused", "-", "-" }
      else if (apple == 1) { printf " %9.0f %7s %9.0f", appletime / 1000, sprintf("%.0fx", appletime / gen), applerss / 1024 }
      printf "\n"
    }'
  done
}

run_scale() {
  local file=${files[0]:-../shared/corpus/big/stripe-spec3-2023-09.yaml}
  printf '%-6s %8s %9s %9s %9s\n' scale MB "gen ms" "vs 1x" "RSS MB"
  local base=""
  for times in 1 4 16; do
    python3 Benchmarks/scale.py "$file" --times $times "$scratch/scaled-$times.json"
    : >"$scratch/gen" >"$scratch/rss"
    for _ in $(seq "$repeat"); do
      rm -rf "$scratch/out"
      timed "$scratch/gen" "$scratch/rss" "$gen" "$scratch/scaled-$times.json" --output "$scratch/out" --module Bench --max-diagnostics 0 || true
    done
    local took
    took=$(median <"$scratch/gen")
    [ -z "$base" ] && base=$took
    awk -v times=$times -v mb=$(($(wc -c <"$scratch/scaled-$times.json") / 1048576)) -v took="$took" -v base="$base" \
      -v rss="$(sort -n "$scratch/rss" | tail -1)" \
      'BEGIN { printf "%-6s %8d %9.0f %9s %9.0f\n", times "x", mb, took / 1000, sprintf("%.2fx", took / base), rss / 1024 }'
    rm -f "$scratch/scaled-$times.json"
  done
}

case $mode in
  run) run_files ;;
  scale) run_scale ;;
esac
if [ -s "$scratch/failures" ]; then
  echo "runs that failed:" >&2
  sort -u "$scratch/failures" >&2
fi
