import Foundation
import Generator
import TestSupport
import Testing

/// Inputs the fuzzer (Fuzz/run.sh) found crashing, each named after what it broke. Every one must now end in
/// diagnostics or code, never a crash; its diagnostics are pinned in `<name>.stderr` (`GEN_UPDATE_GOLDENS=1`
/// rewrites them).
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = PackagePaths.path("Tests/GeneratorTests/FuzzRegressions")
    static let cases = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()

    @Test(arguments: cases)
    func input(file: String) throws {
        try PackagePaths.withScratch { scratch in
            let run = DriverRun(.init(inputs: ["\(Self.folder)/\(file)"], output: scratch))
            let stderr = run.errors.replacingOccurrences(of: Self.folder + "/", with: "")
            let golden = "\(Self.folder)/\((file as NSString).deletingPathExtension).stderr"
            if ProcessInfo.processInfo.environment["GEN_UPDATE_GOLDENS"] == "1" {
                try stderr.write(toFile: golden, atomically: true, encoding: .utf8)
            }
            let expected = (try? String(contentsOfFile: golden, encoding: .utf8)) ?? ""
            #expect(UnifiedDiff.diff(old: expected, new: stderr, oldName: golden, newName: "gen stderr") == nil, "\(stderr)")
        }
    }
}
