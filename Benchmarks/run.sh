#!/usr/bin/env bash
# Times parse → IR in release for each document in ../shared/corpus/big, beside libyaml's own event-parse
# time for the same file (../shared/tools/yamlparse.c), and prints the ratio. Target: within 2x of libyaml.
#
#   Benchmarks/run.sh [--repeat N] [FILE...]      (default: every file in ../shared/corpus/big, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
repeat=5
if [ "${1:-}" = "--repeat" ]; then repeat=$2; shift 2; fi
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=(../shared/corpus/big/*.yaml ../shared/corpus/big/*.json)
fi

swift build -c release --product parse-benchmark >/dev/null
mkdir -p .build/benchmark
cc -O2 -o .build/benchmark/yamlparse ../shared/tools/yamlparse.c -lyaml

ours=$(.build/release/parse-benchmark --repeat "$repeat" "${files[@]}")
printf '%-48s %9s %9s %9s %9s %9s %11s %7s %9s\n' file KB libyaml parse decode lower parse→IR ratio render
echo "$ours" | tail -n +2 | while IFS=$'\t' read -r name bytes parse decode lower total render; do
  path=$(printf '%s\n' "${files[@]}" | grep -F "/$name" | head -1)
  floor=$(.build/benchmark/yamlparse "$path" "$repeat" | tr ' ' '\n' | sed -n 's/^best_parse_ns=//p')
  floor_ms=$(awk "BEGIN { printf \"%.1f\", $floor / 1e6 }")
  ratio=$(awk "BEGIN { printf \"%.2f\", $total / ($floor / 1e6) }")
  printf '%-48s %9d %9s %9s %9s %9s %11s %7s %9s\n' "$name" $((bytes / 1024)) "$floor_ms" "$parse" "$decode" "$lower" "$total" "${ratio}x" "$render"
done
