#!/usr/bin/env bash
# The compile gate: generates every given OpenAPI document with the release `gen` into a scratch folder and
# type-checks each output on its own (swiftc -typecheck -wmo) against GenRuntime, OpenAPIRuntime and HTTPTypes, under one
# build setting of Tests/build-settings.tsv (SETTING, default swift6; CI also runs `strictest`: default MainActor
# isolation, approachable concurrency, internal imports by default, ExistentialAny, MemberImportVisibility, strict
# memory safety, warnings as errors).
#
#   Benchmarks/compile-corpus.sh                       # ../shared/corpus/{official,broad,big}
#   Benchmarks/compile-corpus.sh ../shared/corpus/big/discord-openapi.json ../shared/corpus/official
#
# Prints one row per document and a summary per folder, with the operations and component schemas generated of
# those declared (gen's summary line counts them). Exits 1 when a document gen accepted (exit 0) fails to
# type-check or the type-check warns, when gen crashes, or when a document gen accepted holds fewer operations
# than it declares and no diagnostic says an operation is left out; a document gen refuses (exit 1, with its
# diagnostics) is counted, not failed. Environment: JOBS (parallel documents, default: the number of cores), KEEP=1 keeps the scratch
# folder, SKIP_BUILD=1 uses the existing builds, ROWS=FILE also writes the rows as TSV.
set -euo pipefail
script=$(realpath "$0")
root=$(dirname "$(dirname "$script")")

if [[ "${1:-}" == "--one" ]]; then
  # Worker: one document. Prints a TSV row: folder, document, gen exit, gen errors, gen warnings, lines,
  # gen seconds, type-check result, type-check errors, type-check warnings, type-check seconds, operations
  # generated, operations declared, schemas generated, schemas declared, and whether an operation went missing
  # without a diagnostic saying so (1) or not (0).
  doc=$2 scratch=$3 modules=$4
  read -r -a flags <<<"$5"
  seconds_since() { local ns=$(($(date +%s%N) - $1)); printf '%d.%02d' $((ns / 1000000000)) $((ns % 1000000000 / 10000000)); }
  name=$(basename "$doc")
  folder=$(basename "$(dirname "$doc")")
  work="$scratch/$folder/$name"
  mkdir -p "$work"
  start=$(date +%s%N)
  set +e
  "$root/.build/release/gen" "$doc" --output "$work/out" --module Corpus --max-diagnostics 0 >"$work/gen.out" 2>"$work/gen.err"
  gen_exit=$?
  set -e
  gen_seconds=$(seconds_since "$start")
  summary=$(grep -E '^gen: ' "$work/gen.err" | tail -1 || true)
  gen_errors=$(sed -nE 's/.* ([0-9]+) errors?,.*/\1/p' <<<"$summary")
  gen_warnings=$(sed -nE 's/.* ([0-9]+) warnings?,.*/\1/p' <<<"$summary")
  read -r ops ops_declared schemas schemas_declared < <(
    sed -nE 's/.*; ([0-9]+) of ([0-9]+) operations?, ([0-9]+) of ([0-9]+) schemas?$/\1 \2 \3 \4/p' <<<"$summary"; echo)
  silent_loss=0
  if [[ $gen_exit -eq 0 && ${ops:-0} -lt ${ops_declared:-0} ]] && ! grep -q "operation is left out" "$work/gen.err"; then
    silent_loss=1
  fi
  lines=0 tc=refused tc_errors=0 tc_warnings=0 tc_seconds=0
  # Exit codes past 2 are crashes (signals show as 128 + n): never acceptable, whatever the input.
  if [[ $gen_exit -gt 2 ]]; then tc=crashed; fi
  if [[ $gen_exit -eq 0 ]]; then
    lines=$(cat "$work/out/Corpus/"*.swift | wc -l)
    start=$(date +%s%N)
    # One frontend for the whole module: each file is parsed once, where one frontend per file parses every file
    # again (a quarter less time; the same type-checker runs over the same declarations, so the same diagnostics).
    if swiftc -typecheck -wmo "${flags[@]}" -module-name Corpus -I "$modules" "$work/out/Corpus/"*.swift >"$work/typecheck.log" 2>&1; then
      tc=ok
    else
      tc=failed
    fi
    tc_seconds=$(seconds_since "$start")
    tc_errors=$(grep -cE '^/.*: error: ' "$work/typecheck.log" || true)
    tc_warnings=$(grep -cE '^/.*: warning: ' "$work/typecheck.log" || true)
    if [[ $tc == ok && $tc_warnings -gt 0 ]]; then tc=warned; fi
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$folder" "$name" "$gen_exit" "${gen_errors:-0}" \
    "${gen_warnings:-0}" "$lines" "$gen_seconds" "$tc" "$tc_errors" "$tc_warnings" "$tc_seconds" "${ops:-0}" \
    "${ops_declared:-0}" "${schemas:-0}" "${schemas_declared:-0}" "$silent_loss"
  exit 0
fi

setting=${SETTING:-swift6}
flags=$(awk -F'\t' -v name="$setting" '$1 == name { print $2 }' "$root/Tests/build-settings.tsv")
if [[ -z "$flags" ]]; then
  echo "compile-corpus: no build setting '$setting' in Tests/build-settings.tsv" >&2
  exit 2
fi
echo "== build setting $setting: $flags" >&2

inputs=("$@")
if [[ ${#inputs[@]} -eq 0 ]]; then
  inputs=("$root/../shared/corpus/official" "$root/../shared/corpus/broad" "$root/../shared/corpus/big")
fi
documents=()
for input in "${inputs[@]}"; do
  if [[ -d "$input" ]]; then
    while IFS= read -r file; do documents+=("$(realpath "$file")"); done \
      < <(find "$input" -maxdepth 1 -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) | sort)
  elif [[ -f "$input" ]]; then
    documents+=("$(realpath "$input")")
  else
    echo "compile-corpus: no such document or folder: $input" >&2
    exit 2
  fi
done

cd "$root"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "== building release gen and the runtime modules" >&2
  swift build -c release --product gen >&2
  # The modules generated code imports: GenRuntime brings OpenAPIRuntime and HTTPTypes with it. Type-checking
  # reads only their interfaces, which are the same built for debug or release, and CI has built debug already.
  swift build --target GenRuntime >&2
fi
modules="$(swift build --show-bin-path)/Modules"

scratch=$(mktemp -d /tmp/compile-corpus.XXXXXX)
if [[ "${KEEP:-0}" != 1 ]]; then trap 'rm -rf "$scratch"' EXIT; fi
rows="$scratch/rows.tsv"

# Biggest documents first: the longest type-checks start while the small ones still fill the other cores, so no
# core waits alone at the end on a document of minutes (the rows are sorted afterwards).
printf '%s\n' "${documents[@]}" | xargs -d '\n' stat --printf '%s\t%n\n' | sort -t$'\t' -k1,1nr | cut -f2- | xargs -P "${JOBS:-$(nproc)}" -I{} "$script" --one {} "$scratch" "$modules" "$flags" >"$rows"
sort -o "$rows" "$rows"

printf '%-10s %-58s %4s %6s %8s %7s %6s %-8s %6s %8s %6s %11s %11s\n' folder document gen errors warnings lines gen-s typecheck errors warnings tc-s operations schemas
while IFS=$'\t' read -r folder name gen_exit gen_errors gen_warnings lines gen_seconds tc tc_errors tc_warnings tc_seconds ops ops_declared schemas schemas_declared _; do
  printf '%-10s %-58s %4s %6s %8s %7s %6s %-8s %6s %8s %6s %11s %11s\n' "$folder" "$name" "$gen_exit" "$gen_errors" "$gen_warnings" \
    "$lines" "$gen_seconds" "$tc" "$tc_errors" "$tc_warnings" "$tc_seconds" "$ops/$ops_declared" "$schemas/$schemas_declared"
done <"$rows"
[[ -n "${ROWS:-}" ]] && cp "$rows" "$ROWS"

echo
status=0
for folder in $(cut -f1 "$rows" | sort -u); do
  awk -F'\t' -v folder="$folder" '
    $1 == folder {
      total++
      if ($8 == "ok") clean++
      else if ($8 == "failed") failed++
      else if ($8 == "warned") warned++
      else if ($8 == "crashed") crashed++
      else refused++
      ops += $12; opsDeclared += $13; schemas += $14; schemasDeclared += $15
    }
    END {
      printf "%s: %d documents, %d type-check clean, %d fail to compile, %d compile with warnings, %d refused by gen",
        folder, total, clean, failed, warned, refused
      if (crashed > 0) printf ", %d crash gen", crashed
      printf "; operations %d of %d (%.2f %%), schemas %d of %d (%.2f %%)\n", ops, opsDeclared,
        opsDeclared ? 100 * ops / opsDeclared : 100, schemas, schemasDeclared, schemasDeclared ? 100 * schemas / schemasDeclared : 100
    }' "$rows"
done
awk -F'\t' '{ ops += $12; opsDeclared += $13 } END {
  printf "all: operations %d of %d (%.2f %%)\n", ops, opsDeclared, opsDeclared ? 100 * ops / opsDeclared : 100 }' "$rows"
if awk -F'\t' '$8 == "failed" || $8 == "warned" || $8 == "crashed" || $16 == 1 { found = 1 } END { exit !found }' "$rows"; then
  echo
  echo "documents that crash gen, that gen accepted and whose code does not type-check cleanly, or that lose an operation without saying so:"
  awk -F'\t' '$8 == "crashed" { print "  " $1 "/" $2 " (gen exit " $3 ")" }' "$rows"
  awk -F'\t' '$8 == "failed" || $8 == "warned" { print "  " $1 "/" $2 " (" $9 " errors, " $10 " warnings)" }' "$rows"
  awk -F'\t' '$16 == 1 { print "  " $1 "/" $2 " (" $12 " of " $13 " operations, no diagnostic says one is left out)" }' "$rows"
  if [[ "${KEEP:-0}" == 1 ]]; then echo "type-check logs: $scratch/<folder>/<document>/typecheck.log"; fi
  status=1
fi
exit $status
