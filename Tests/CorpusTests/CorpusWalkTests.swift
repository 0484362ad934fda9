import Foundation
import Lowering
import OpenAPI
import Source
import TestSupport
import Testing
import YAML

/// Every real-world document of `../shared/corpus/{big,broad,official}` goes through parse → model → IR:
/// none may crash or hang, and every document the pipeline refuses gets diagnostics with positions.
@Suite("Corpus: real-world documents through parse → IR")
struct CorpusWalkTests {
    static let corpus = PackagePaths.corpus("")

    static let documents: [String] = ["official", "big", "broad"].flatMap { folder -> [String] in
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus + "/" + folder)) ?? []
        return names.filter { ["yaml", "yml", "json"].contains(($0 as NSString).pathExtension) }.sorted().map { folder + "/" + $0 }
    }

    /// What happened to one document.
    enum Outcome: Equatable {
        case clean
        case refused(errors: Int)
    }

    static func walk(_ relative: String) -> (Outcome, [Diagnostic]) {
        let path = corpus + "/" + relative
        let (loaded, decodeDiagnostics) = DocumentLoader.load(path: path)
        var diagnostics = decodeDiagnostics
        if let loaded {
            diagnostics += Lowering.lower(Resolver(main: loaded), moduleName: "Corpus").1
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        return (loaded != nil && errors == 0 ? .clean : .refused(errors: max(errors, 1)), diagnostics)
    }

    @Test func everyDocumentReachesIROrIsRefusedWithPositions() async throws {
        try #require(Self.documents.count > 200, "the corpus is missing: ../shared/corpus must sit beside the checkout")
        var clean = 0
        var refused: [String] = []
        for document in Self.documents {
            let (outcome, diagnostics) = Self.walk(document)
            switch outcome {
            case .clean: clean += 1
            case .refused: refused.append(document)
            }
            for diagnostic in diagnostics where diagnostic.severity == .error {
                #expect(diagnostic.mark != nil, "\(document): an error without a position: \(diagnostic.summary)")
            }
        }
        print("corpus: \(clean) of \(Self.documents.count) documents reach IR cleanly; \(refused.count) refused with diagnostics: \(refused.joined(separator: ", "))")
        // Every refusal today is a defect of the document itself (missing components, a tab inside a block
        // scalar); a drop below this count means the pipeline started refusing documents it understood.
        #expect(clean >= Self.documents.count - 6)
    }
}
