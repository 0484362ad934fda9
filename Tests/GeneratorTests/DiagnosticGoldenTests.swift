import Foundation
import Generator
import Source
import TestSupport
import Testing

/// Documents whose diagnostics are pinned in `<name>.stderr` beside them (`GEN_UPDATE_GOLDENS=1` rewrites
/// them): in `FuzzRegressions/`, inputs the fuzzer (Fuzz/run.sh) found crashing, each named after what it
/// broke; in `Diagnostics/`, problems written by hand to pin what a user reads. Every one ends in diagnostics
/// or code, never a crash.
@Suite("Diagnostic goldens")
struct DiagnosticGoldenTests {
    static let folders = ["FuzzRegressions", "Diagnostics"]
    static let cases = folders.flatMap { folder in
        let path = PackagePaths.path("Tests/GeneratorTests/\(folder)")
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { "\(folder)/\($0)" }
    }

    @Test(arguments: cases)
    func input(file: String) throws {
        let root = PackagePaths.path("Tests/GeneratorTests")
        let folder = "\(root)/\((file as NSString).deletingLastPathComponent)"
        try PackagePaths.withScratch { scratch in
            let run = DriverRun(.init(inputs: ["\(root)/\(file)"], output: scratch))
            let stderr = run.errors.replacingOccurrences(of: folder + "/", with: "")
            try expectGolden(stderr, at: "\(root)/\((file as NSString).deletingPathExtension).stderr", of: file)
        }
    }
}
