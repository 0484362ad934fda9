#!/usr/bin/env bash
# Times whole `gen FILE --output DIR` runs (release) against the libyaml floor, libyaml's own event parse of
# the same file run as a process (../shared/tools/yamlparse.c), alternately, and prints medians, their ratio
# and gen's peak RSS. Targets (issue "Speed"): ratio <= 3x and peak RSS <= 64 MB for every file in big/.
#
#   Benchmarks/whole-run.sh [--repeat N] [FILE...]    (default: every file in ../shared/corpus/big, 5 runs)
#
# Times are wall clock around each process, in microseconds, so the floor includes libyaml's process start and
# file read as gen's run does. SKIP_BUILD=1 uses the existing release build. The machine is noisy: compare medians of one run, never
# numbers of different runs.
set -euo pipefail
cd "$(dirname "$0")/.."
repeat=5
if [ "${1:-}" = "--repeat" ]; then repeat=$2; shift 2; fi
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=(../shared/corpus/big/*.yaml ../shared/corpus/big/*.json)
fi

if [ "${SKIP_BUILD:-}" != 1 ]; then swift build -c release --product gen >/dev/null; fi
mkdir -p .build/benchmark
cc -O2 -o .build/benchmark/yamlparse ../shared/tools/yamlparse.c -lyaml
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '%-48s %8s %10s %10s %7s %9s\n' file KB "libyaml ms" "gen ms" ratio "RSS MB"
for file in "${files[@]}"; do
  : >"$scratch/gen" >"$scratch/floor" >"$scratch/rss"
  for _ in $(seq "$repeat"); do
    rm -rf "$scratch/out"
    start=$(date +%s%N)
    /usr/bin/time -o "$scratch/time" -f "%M" .build/release/gen "$file" --output "$scratch/out" --module Bench >/dev/null 2>&1 || true
    echo $((($(date +%s%N) - start) / 1000)) >>"$scratch/gen"
    tail -1 "$scratch/time" >>"$scratch/rss"
    start=$(date +%s%N)
    .build/benchmark/yamlparse "$file" >/dev/null
    echo $((($(date +%s%N) - start) / 1000)) >>"$scratch/floor"
  done
  gen=$(median <"$scratch/gen")
  floor=$(median <"$scratch/floor")
  rss=$(sort -n "$scratch/rss" | tail -1)
  awk -v name="$(basename "$file")" -v kb=$(($(wc -c <"$file") / 1024)) -v gen="$gen" -v floor="$floor" -v rss="$rss" 'BEGIN {
    ratio = floor > 0 ? sprintf("%.0fx", gen / floor) : "-"
    printf "%-48s %8d %10.1f %10.0f %7s %9.0f\n", name, kb, floor / 1000, gen / 1000, ratio, rss / 1024
  }'
done
