// swift-tools-version: 6.1
import PackageDescription

/// The modules generated from `specs/` and committed under `Generated/`; each compiles as its own target. The
/// seeds are the five real APIs; Landmine is the hostile document that proves no document text becomes code;
/// Wireworks holds the parts of HTTP beyond the seeds (parameter styles, …), Streamworks the bodies (streams,
/// forms, multipart), Hookworks the webhooks and callbacks, each proven over HTTP in Integration/Tests/LiveTests.
let seedModules = ["Devin", "LiveAvatar", "Pipecat", "PrimeIntellect", "Quiva"]
let generatedModules = seedModules + ["Hookworks", "Landmine", "Streamworks", "Wireworks"]

let package = Package(
    name: "gen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "gen", targets: ["gen"]),
        // Generate at build time (GenBuildPlugin) or into the package for committing (GenCommandPlugin).
        .plugin(name: "GenBuildPlugin", targets: ["GenBuildPlugin"]),
        .plugin(name: "GenCommandPlugin", targets: ["GenCommandPlugin"]),
        // What generated code imports: validation, wire coding, the client send path, the server stubs.
        .library(name: "GenRuntime", targets: ["GenRuntime"]),
        // The pipeline as a library, for the fuzzer in Fuzz/.
        .library(name: "GenPipeline", targets: ["Generator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // Servers and transports for the live tests, demo-server and the load benchmark are dependencies of
        // Integration/Package.swift only, so a package that depends on gen never resolves them.
    ],
    targets: [
        // The pipeline, one target per stage; each imports only Source and the stage before it
        // (Tests/GeneratorTests/ImportGraphTests.swift holds that).
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
        // What every stage shares: marks, source text, document values, diagnostics and their formatting.
        .target(name: "Source"),
        .target(name: "YAML", dependencies: ["CYAML", "Source"]),
        .target(
            name: "OpenAPI", dependencies: ["YAML", "Source"],
            swiftSettings: [.enableUpcomingFeature("InternalImportsByDefault")]),
        .target(name: "Lowering", dependencies: ["OpenAPI", "Source"]),
        .target(
            name: "Rendering",
            dependencies: ["Lowering", "Source", "DefaultTemplates"]),
        .target(
            name: "DefaultTemplates", path: "Templates", exclude: ["README.md", "Context.md"],
            resources: [
                "Client", "Errors", "Operations", "Server", "Support", "Types", "checks", "clientCall",
                "operationInput", "parameterRead", "responseCase", "serverReading", "serverRoute", "type",
            ].map { .embedInCode("\($0).mustache") }),
        // The driver: runs the stages per document, in order (Pipeline.swift), and writes or checks the output;
        // the one target that sees every stage.
        .target(name: "Generator", dependencies: ["OpenAPI", "Lowering", "Rendering", "Source"]),
        .executableTarget(
            name: "gen",
            dependencies: ["Generator", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .plugin(name: "GenBuildPlugin", capability: .buildTool(), dependencies: ["gen"]),
        .plugin(
            name: "GenCommandPlugin",
            capability: .command(
                intent: .custom(
                    verb: "gen", description: "Write generated code into each target with an OpenAPI document"),
                permissions: [
                    .writeToPackageDirectory(reason: "gen writes the generated Swift files into <target>/Generated/")
                ]),
            dependencies: ["gen"]),
        // The template context's lookup and reference, made from its declaration (`swift run derive-context`).
        .target(name: "ContextDeclaration", path: "Tools/ContextDeclaration"),
        .executableTarget(name: "derive-context", dependencies: ["ContextDeclaration"], path: "Tools/DeriveContext"),
        .executableTarget(
            name: "parse-benchmark", dependencies: ["Rendering", "Lowering", "OpenAPI", "YAML", "Source"],
            path: "Benchmarks/ParseBenchmark"),

        // The runtime library of generated code; ordinary Swift, depending only on these two and Foundation.
        .target(
            name: "GenRuntime",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]),

        // Tests: per layer, golden, and the generated modules in use.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "GenRuntimeTests",
            dependencies: [
                "GenRuntime", "TestSupport",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "Source", "TestSupport"]),
        .testTarget(name: "OpenAPITests", dependencies: ["OpenAPI", "Source", "TestSupport"]),
        .testTarget(name: "LoweringTests", dependencies: ["Lowering", "OpenAPI", "Source", "TestSupport"]),
        .testTarget(name: "CorpusTests", dependencies: ["Lowering", "OpenAPI", "YAML", "Source", "TestSupport"]),
        .testTarget(
            name: "RenderingTests",
            dependencies: [
                "Rendering", "Lowering", "Source", "TestSupport", "Generator", "ContextDeclaration", "OpenAPI",
            ]),
        .testTarget(
            name: "GeneratorTests", dependencies: ["Generator", "Rendering", "Source", "TestSupport", "GenRuntime"],
            exclude: ["Snippets", "Fragments", "BadInputs", "FuzzRegressions", "Diagnostics", "Configurations"]),
        .testTarget(
            name: "GeneratedTests",
            dependencies: generatedModules.map { .target(name: $0) } + [
                "GenRuntime",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]),
    ]
        // The generated modules, committed under Generated/ and compiled like any other target.
        + generatedModules.map { name in
            .target(
                name: name,
                dependencies: [
                    "GenRuntime",
                    .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                    .product(name: "HTTPTypes", package: "swift-http-types"),
                ],
                path: "Generated/\(name)")
        }
)
