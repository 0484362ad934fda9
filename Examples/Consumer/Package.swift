// swift-tools-version: 6.2
import Foundation
import PackageDescription

/// A package that uses gen as a user would: by path, with the build-tool plugin on one target and the command
/// plugin's committed output in another, both from the Quiva seed document, and the build-tool plugin in a
/// target with Xcode 26's app settings (QuivaApp). `check` counts the packages this resolves: gen's own
/// dependencies must cost a user no more than OpenAPIRuntime does.
let package = Package(
    name: "Consumer",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "gen", path: "../.."),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // Generated at build time: the target holds only openapi.yaml.
        .target(
            name: "QuivaAPI",
            dependencies: [
                .product(name: "GenRuntime", package: "gen"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            plugins: [.plugin(name: "GenBuildPlugin", package: "gen")]),
        // Generated on demand and committed: `swift package --allow-writing-to-package-directory gen --target QuivaCommitted`.
        .target(
            name: "QuivaCommitted",
            dependencies: [
                .product(name: "GenRuntime", package: "gen"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            exclude: ["openapi.yaml"]),
        // Xcode 26's app target settings: MainActor by default, approachable concurrency, and Swift 7's
        // internal imports. The generated code compiles here with the user's own code beside it.
        .target(
            name: "QuivaApp",
            dependencies: [
                .product(name: "GenRuntime", package: "gen"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: [
                .defaultIsolation(MainActor.self),
                .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
                .enableUpcomingFeature("InferIsolatedConformances"),
                .enableUpcomingFeature("InternalImportsByDefault"),
            ],
            plugins: [.plugin(name: "GenBuildPlugin", package: "gen")]),
        .testTarget(
            name: "QuivaAPITests",
            dependencies: [
                "QuivaAPI", "QuivaCommitted", "QuivaApp",
                .product(name: "GenRuntime", package: "gen"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]),
    ]
)

// The plugin's error for a target without a document, built by `check` only.
if ProcessInfo.processInfo.environment["GEN_CONSUMER_NO_DOCUMENT"] == "1" {
    package.targets.append(.target(name: "NoDocument", path: "Broken/NoDocument", plugins: [.plugin(name: "GenBuildPlugin", package: "gen")]))
}
