# Sourced by the benchmarks that compare with Apple's swift-openapi-generator 1.14.3: `build_apple` builds it
# once, from the local package copy, into .build-apple/ (ignored, never committed); `$apple_generator` is the
# binary. Expects `$root`, the package root.
apple_generator=$root/.build-apple/generator/.build/release/swift-openapi-generator
build_apple() {
  [ -x "$apple_generator" ] && return
  mkdir -p "$root/.build-apple/generator"
  cat >"$root/.build-apple/generator/Package.swift" <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "AppleGenerator",
    dependencies: [.package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3")],
    targets: []
)
SWIFT
  (cd "$root/.build-apple/generator" && swift build -c release --product swift-openapi-generator >/dev/null)
}
