// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// gen's generated code against real servers, transports and load: demo-server, the load benchmark, and the
/// live, fault and Vapor tests. A package of its own, depending on gen by path, so that Hummingbird, Vapor,
/// AsyncHTTPClient and NIO are dependencies of this package only and never of a package that depends on gen.
/// `Generated` here is a link to the repository's `Generated/`: the modules compiled here are the committed ones.
let seedModules = ["Devin", "LiveAvatar", "Pipecat", "PrimeIntellect", "Quiva"]
let generatedModules = seedModules + ["Hookworks", "Landmine", "Streamworks", "Wireworks"]

/// The Vapor tests and Vapor itself, with `GEN_VAPOR=1` only (`.ci/vapor`): Vapor brings swift-crypto with
/// BoringSSL's C, swift-certificates and its kits, a third of what this package compiles, which the per-stop
/// CI cannot afford (Tests/README.md, "Vapor").
let withVapor = ProcessInfo.processInfo.environment["GEN_VAPOR"] == "1"
let vaporPackages: [Package.Dependency] =
    withVapor
    ? [
        .package(url: "https://github.com/vapor/vapor", from: "4.122.3"),
        .package(url: "https://github.com/vapor/swift-openapi-vapor", from: "1.2.0"),
    ] : []
let vaporTargets: [Target] =
    withVapor
    ? [
        // The seeds' stubs on Vapor (swift-openapi-vapor), with demo-server's handlers.
        .testTarget(
            name: "VaporTests",
            dependencies: seedModules.map { .target(name: $0) } + [
                "DemoServer",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
                .product(name: "Vapor", package: "vapor"),
                .product(name: "OpenAPIVapor", package: "swift-openapi-vapor"),
            ])
    ] : []

let package = Package(
    name: "gen-integration",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "demo-server", targets: ["DemoServer"]),
        .executable(name: "load-benchmark", targets: ["LoadBenchmark"]),
    ],
    dependencies: [
        .package(name: "gen", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.5.0"),
    ] + vaporPackages,
    targets: [
        // Serves the generated seed APIs, for trying them and for conformance tools (.ci/conformance).
        .executableTarget(
            name: "DemoServer",
            dependencies: seedModules.map { .target(name: $0) } + [
                .product(name: "GenRuntime", package: "gen"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
            ]),
        // Drives demo-server, and the same routes written directly, at 64 connections (Benchmarks/load.sh).
        .executableTarget(
            name: "LoadBenchmark",
            dependencies: [
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ]),
        // Generated client ↔ generated server over HTTP on 127.0.0.1, and each against raw TCP peers that break
        // HTTP or the document.
        .testTarget(
            name: "LiveTests",
            dependencies: generatedModules.map { .target(name: $0) } + [
                .product(name: "GenRuntime", package: "gen"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
            ]),
    ]
        + vaporTargets
        // The committed generated modules, through the `Generated` link.
        + generatedModules.map { name in
            .target(
                name: name,
                dependencies: [
                    .product(name: "GenRuntime", package: "gen"),
                    .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                    .product(name: "HTTPTypes", package: "swift-http-types"),
                ],
                path: "Generated/\(name)")
        }
)
