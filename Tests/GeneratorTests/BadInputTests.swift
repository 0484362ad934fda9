import Foundation
import Generator
import Source
import TestSupport
import Testing

/// Every hostile input of `../shared/corpus/bad` gets exactly the diagnostics committed in
/// `BadInputs/<name>.stderr` (the cases are read from the shared corpus, not copied). Set
/// `GEN_UPDATE_GOLDENS=1` to rewrite them, then read the diff.
@Suite("Hostile inputs: golden diagnostics")
struct BadInputTests {
    static let goldens = PackagePaths.path("Tests/GeneratorTests/BadInputs")
    static let cases = ((try? FileManager.default.contentsOfDirectory(atPath: PackagePaths.corpus("bad"))) ?? [])
        .filter { $0.hasSuffix(".yaml") }.sorted()

    @Test func theCorpusIsThere() {
        #expect(Self.cases.count >= 12, "../shared/corpus/bad must sit beside the checkout")
    }

    @Test(arguments: cases)
    func diagnostics(file: String) throws {
        try PackagePaths.withScratch { scratch in
            let path = PackagePaths.corpus("bad/" + file)
            let run = DriverRun(.init(inputs: [path], output: scratch))
            // Paths differ between machines; the golden names the case as bad/<file>.
            let stderr = run.errors.replacingOccurrences(of: PackagePaths.corpus(""), with: "")
            try expectGolden(stderr, at: "\(Self.goldens)/\((file as NSString).deletingPathExtension).stderr", of: file)
            // Defects confined to one item (a dangling reference, a cycle of references, a duplicate operationId)
            // cost that item, with a warning; the rest of the document is generated.
            let expectsCode = [
                "comment-breakout.yaml", "duplicate-operationid.yaml", "odd-names.yaml", "ref-cycle-degenerate.yaml", "ref-cycle-recursive.yaml",
                "ref-missing.yaml", "swift-keywords.yaml",
            ].contains(file)
            #expect(run.exitCode == (expectsCode ? 0 : 1))
        }
    }
}
