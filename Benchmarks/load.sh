#!/usr/bin/env bash
# The load benchmark of issue "Generated code under load". Prints numbers; asserts nothing.
#
#   Benchmarks/load.sh [load-benchmark options]
#       Builds demo-server and load-benchmark (release), then for each seed API starts, in a process of its own
#       on 127.0.0.1: demo-server (gen: the generated stubs and demo handlers), the same routes written directly
#       on Hummingbird (direct), and those routes as ServerTransport handlers through swift-openapi-hummingbird
#       (transport). Each gets 64 keep-alive connections of valid and invalid requests for 60 s in 5 rounds:
#       requests/s, p50/p99 latency, errors, 5xx, and the server's RSS at the start and after each round.
#       Targets: 0 errors and 0 5xx; RSS growth from round 2 to round 5 under 5 %; direct / gen at most 1.30x.
#       Options: --seconds 60 --rounds 5 --connections 64 --seeds pipecat,quiva,... --servers gen,direct,transport;
#       --port N drives a server already running (to profile it) instead of starting each.
#   Benchmarks/load.sh --apple [load-benchmark options]
#       Also builds Apple's swift-openapi-generator 1.14.3 (Benchmarks/apple-generator.sh, as whole-run.sh
#       does), generates types and server for specs/pipecat.yaml into a scratch package in
#       .build-apple/load-harness (ignored, never committed) with Benchmarks/AppleLoadHarness/AppleServer.swift
#       on the same transport, and drives it as server `apple`.
#
# Run it on a quiet machine: the client and the server share its cores, and a fuzzer or a build beside them
# moves every number.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
apple=()
if [[ "${1:-}" == "--apple" ]]; then
  shift
  source Benchmarks/apple-generator.sh
  build_apple
  harness=.build-apple/load-harness
  rm -rf "$harness/Sources" && mkdir -p "$harness/Sources/AppleServer"
  printf 'generate:\n  - types\n  - server\naccessModifier: internal\n' >"$harness/openapi-generator-config.yaml"
  "$apple_generator" generate specs/pipecat.yaml --config "$harness/openapi-generator-config.yaml" \
    --output-directory "$harness/Sources/AppleServer" >"$harness/generate.log" 2>&1 || { cat "$harness/generate.log" >&2; exit 1; }
  cp Benchmarks/AppleLoadHarness/AppleServer.swift "$harness/Sources/AppleServer/"
  cat >"$harness/Package.swift" <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "AppleLoadHarness",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
    ],
    targets: [
        .executableTarget(
            name: "AppleServer",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
            ])
    ]
)
SWIFT
  (cd "$harness" && swift build -c release --product AppleServer >build.log 2>&1) || { cat "$harness/build.log" >&2; exit 1; }
  apple=(--apple-server "$root/$harness/.build/release/AppleServer")
  servers_given=0
  for argument in "$@"; do [[ "$argument" == --servers ]] && servers_given=1; done
  [[ $servers_given == 1 ]] || apple+=(--servers gen,direct,transport,apple)
fi
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  swift build --package-path Integration -c release --product demo-server >/dev/null
  swift build --package-path Integration -c release --product load-benchmark >/dev/null
fi
exec "$(swift build --package-path Integration -c release --show-bin-path)/load-benchmark" "${apple[@]}" "$@"
