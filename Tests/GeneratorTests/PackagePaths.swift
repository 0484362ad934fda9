import Foundation

/// Paths inside this package and a scratch folder, independent of the directory the tests run in.
enum PackagePaths {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/", !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.path
    }()

    static func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    /// A new empty folder that is removed when `body` returns.
    static func withScratch<T>(_ body: (String) throws -> T) throws -> T {
        let folder = NSTemporaryDirectory() + "gen-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try body(folder)
    }
}

/// Runs the `gen` driver in process and keeps what it printed.
struct DriverRun {
    var exitCode: Int32
    var output: String
    var errors: String
}

import Generator

extension DriverRun {
    init(_ options: Driver.Options) {
        final class Sink: @unchecked Sendable {
            var text = ""
        }
        let output = Sink()
        let errors = Sink()
        let code = Driver(
            options: options, standardOutput: { output.text += $0 + "\n" }, standardError: { errors.text += $0 + "\n" }
        ).run()
        self.init(exitCode: code.rawValue, output: output.text, errors: errors.text)
    }
}
