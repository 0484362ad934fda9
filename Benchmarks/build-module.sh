#!/usr/bin/env bash
# What users feel on every clean build: the compile of a generated module. Prints numbers; asserts nothing.
#
#   Benchmarks/build-module.sh [--release] [--batches N] [--side gen|apple] [--first-only] [FILE...]
#       Generates each FILE (default: stripe, github 2020-09, twilio and kubernetes from ../shared/corpus/big)
#       with gen and with Apple's swift-openapi-generator 1.14.3 (types, client, server; built once into
#       .build-apple/, ignored), into one harness package in .build-apple/module-harness whose dependencies are
#       built first, then builds each module twice: its first build, and a rebuild with every file touched.
#       Per build: wall and CPU seconds (user + system of every process), the longest single compiler job, the
#       peak RSS of the largest process, and warnings; per module its lines and its largest file's share of
#       its bytes. Then, per document, Apple's over gen's, and the time projected for 8 cores:
#       max(CPU / 8, longest job).
#       --release builds with -c release. --batches N makes the compiler's driver split a module into N jobs
#       (they still run two at a time here), so the longest job is that of an N-core machine.
#       --first-only leaves out the rebuilds (a rebuild of untouched sources skips LLVM, whose IR hash matches
#       the object's, so it says less about a user's clean build than the first build does).
#       GEN_FLAGS adds flags to gen's runs (GEN_FLAGS="--shards 1" writes one file per family).
#
# Targets (issue "Generated code that builds fast at any size"): each ratio >= 4x, gen's peak <= 1/4 of Apple's,
# 0 warnings, no file over 20 % of its module. Wall times on this 2-core machine move by a tenth from run to run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
config=debug
batches=
sides="gen apple"
first_only=0
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --release) config=release; shift ;;
    --batches) batches=$2; shift 2 ;;
    --side) sides=$2; shift 2 ;;
    --first-only) first_only=1; shift ;;
    *) files+=("$1"); shift ;;
  esac
done
if [ ${#files[@]} -eq 0 ]; then
  files=(../shared/corpus/big/stripe-spec3-2023-09.yaml ../shared/corpus/big/github-api.github.com-2020-09.json
    ../shared/corpus/big/twilio-api-v2010.yaml ../shared/corpus/big/kubernetes-core-v1-openapi-v3.json)
fi
swift build -c release --product gen >/dev/null
gen=$root/.build/release/gen
source Benchmarks/apple-generator.sh
build_apple
apple_config=$root/.build-apple/openapi-generator-config.yaml
printf 'generate:\n  - types\n  - client\n  - server\naccessModifier: public\n' >"$apple_config"
scratch=$(mktemp -d)
trap '[ -n "${KEEP_SCRATCH:-}" ] || rm -rf "$scratch"' EXIT

# The harness: a fresh package each run, so each module's first build is a first build.
harness=$root/.build-apple/module-harness
rm -rf "$harness"
mkdir -p "$harness/Sources/Warmup" "$harness/.stats"
printf 'import GenRuntime\nimport HTTPTypes\nimport OpenAPIRuntime\n' >"$harness/Sources/Warmup/Warmup.swift"
targets=""
modules=()
for file in "${files[@]}"; do
  # The module's name: the document's first word (`stripe-spec3-2023-09.yaml` → Stripe).
  name=$(basename "$file" | sed -E 's/[^A-Za-z0-9].*//' | awk '{ printf "%s", toupper(substr($0, 1, 1)) substr($0, 2) }')
  for side in $sides; do
    module=${side^}$name
    mkdir -p "$harness/Sources/$module"
    if [ "$side" = gen ]; then
      "$gen" "$file" --output "$harness/Sources/$module" --module "$module" --flat ${GEN_FLAGS:-} >/dev/null 2>&1
      targets+="        .target(name: \"$module\", dependencies: [gen, runtime, http]),"$'\n'
    else
      "$apple_generator" generate "$file" --config "$apple_config" --output-directory "$harness/Sources/$module" >/dev/null 2>&1
      targets+="        .target(name: \"$module\", dependencies: [runtime, http]),"$'\n'
    fi
    modules+=("$module")
  done
done
cat >"$harness/Package.swift" <<EOF
// swift-tools-version:6.0
import PackageDescription
let gen = Target.Dependency.product(name: "GenRuntime", package: "$(basename "$root")")
let runtime = Target.Dependency.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")
let http = Target.Dependency.product(name: "HTTPTypes", package: "swift-http-types")
let package = Package(
    name: "ModuleHarness",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "$root"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(name: "Warmup", dependencies: [gen, runtime, http]),
$targets    ]
)
EOF
# Every compiler job writes its timers into the stats folder (-stats-output-dir). The flags are the same for
# every build, dependencies included, or SwiftPM would build those again.
stats=$harness/.stats
flags=(-c "$config" -Xswiftc -stats-output-dir -Xswiftc "$stats")
if [ -n "$batches" ]; then flags+=(-Xswiftc -driver-batch-count -Xswiftc "$batches"); fi
# Dependencies first, so each timed build compiles only its module.
(cd "$harness" && swift build "${flags[@]}" --target Warmup >/dev/null)

# One build of a module: "wall cpu longest rss warnings", seconds and MB; the longest job is the largest
# compiler job's wall time in the stats folder.
build() {
  local module=$1
  rm -rf "$stats"
  mkdir -p "$stats"
  local status=0
  (cd "$harness" && /usr/bin/time -o "$scratch/time" -f "%e %U %S %M" swift build "${flags[@]}" --target "$module" \
    >"$scratch/build.log" 2>&1) || status=1
  if [ $status != 0 ]; then
    echo "build of $module failed; see $harness" >&2
    tail -5 "$scratch/build.log" >&2
  fi
  local longest
  longest=$(cat "$stats"/*.json 2>/dev/null | grep -E '"time\.swift-frontend\.[^"]*\.wall"' | sed -E 's/.*: *([0-9.e+-]+).*/\1/' | sort -g | tail -1)
  local warnings
  warnings=$(grep -c ": warning:" "$scratch/build.log" || true)
  read -r wall user system rss <"$scratch/time"
  awk -v wall="$wall" -v cpu="$(echo "$user + $system" | bc)" -v longest="${longest:-0}" -v rss="$rss" -v w="$warnings" \
    'BEGIN { printf "%.1f %.1f %.1f %.0f %d\n", wall, cpu, longest, rss / 1024, w }'
}

printf '%s build, %s\n' "$config" "$(date -u +%Y-%m-%d)"
printf '%-34s %9s %7s | %-34s | %-34s\n' module lines "max %" "first: wall  CPU  job  8-core  MB  warn" "rebuild: wall  CPU  job  8-core  MB  warn"
for module in "${modules[@]}"; do
  sources=$harness/Sources/$module
  lines=$(cat "$sources"/*.swift | wc -l)
  share=$(du -b "$sources"/*.swift | awk '{ t += $1; if ($1 > m) m = $1 } END { printf "%.1f", 100 * m / t }')
  first=$(build "$module")
  if [ $first_only = 1 ]; then
    again="0 0 0 0 0"
  else
    touch "$sources"/*.swift
    again=$(build "$module")
  fi
  echo "$module $lines $share $first $again" >>"$scratch/results"
  echo "$module $lines $share $first $again" | awk '
    function projected(cpu, job) { return cpu / 8 > job ? cpu / 8 : job }
    { printf "%-34s %9d %6.1f%% | %6.1f %6.1f %5.1f %6.1f %6d %3d | %6.1f %6.1f %5.1f %6.1f %6d %3d\n",
        $1, $2, $3, $4, $5, $6, projected($5, $6), $7, $8, $9, $10, $11, projected($10, $11), $12, $13 }'
done
echo
echo "Apple's over gen's (above 1 is gen faster or smaller):"
printf '%-24s %12s %12s %12s %12s %12s %12s\n' document "first wall" "first 8-core" "rebuild wall" "rebuild 8c" "peak MB" "lines"
awk '
  function projected(cpu, job) { return cpu / 8 > job ? cpu / 8 : job }
  { side = substr($1, 1, 3) == "Gen" ? "gen" : "apple"; doc = side == "gen" ? substr($1, 4) : substr($1, 6)
    docs[doc] = 1; first[doc, side] = $4; p1[doc, side] = projected($5, $6); again[doc, side] = $9
    p2[doc, side] = projected($10, $11); rss[doc, side] = ($7 > $12 ? $7 : $12); lines[doc, side] = $2 }
  function ratio(a, b) { return b > 0 ? sprintf("%11.2fx", a / b) : sprintf("%12s", "-") }
  END { for (doc in docs) if ((doc, "gen") in first && (doc, "apple") in first)
    printf "%-24s %s %s %s %s %s %s\n", doc, ratio(first[doc, "apple"], first[doc, "gen"]),
      ratio(p1[doc, "apple"], p1[doc, "gen"]), ratio(again[doc, "apple"], again[doc, "gen"]), ratio(p2[doc, "apple"], p2[doc, "gen"]),
      ratio(rss[doc, "apple"], rss[doc, "gen"]), ratio(lines[doc, "apple"], lines[doc, "gen"]) }' "$scratch/results" | sort
