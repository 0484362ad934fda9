import Foundation
import OpenAPI
import Source
import TestSupport
import Testing

/// How an input file's bytes are read: whole and exact, and a file that cannot be read is a diagnostic saying why.
@Suite("Reading input files")
struct FileReadingTests {
    @Test func aFileIsReadByteForByteWhateverItsSize() throws {
        try PackagePaths.withScratch { scratch in
            for size in [0, 1, 4095, 4096, 4097, 1 << 20] {
                let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
                let path = scratch + "/file-\(size).yaml"
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                #expect(FileBytes.read(path: path) == bytes, "\(size) bytes")
            }
        }
    }

    @Test func aFileThatCannotBeReadIsADiagnosticSayingWhy() throws {
        try PackagePaths.withScratch { scratch in
            #expect(FileBytes.read(path: scratch) == nil)
            #expect(FileBytes.read(path: scratch + "/missing.yaml") == nil)
            for (path, reason) in [(scratch, "it is a directory"), (scratch + "/missing.yaml", "no such file")] {
                do throws(Diagnostic) {
                    _ = try DocumentLoader.read(path: path)
                    Issue.record("\(path) was read")
                } catch {
                    #expect(error.message == "cannot read file: \(reason)")
                    #expect(error.file == path)
                }
            }
        }
    }

    @Test func anEmptyFileIsAnEmptyDocumentAtItsFirstLine() throws {
        try PackagePaths.withScratch { scratch in
            let path = scratch + "/empty.yaml"
            FileManager.default.createFile(atPath: path, contents: Data())
            let (loaded, diagnostics) = DocumentLoader.load(path: path)
            #expect(loaded == nil)
            #expect(diagnostics.map(\.message) == ["empty document, expected an OpenAPI object"])
        }
    }

    @Test func theExtensionIsTheLastComponentsAfterItsLastDot() {
        let cases = [
            ("specs/x.YAML", "yaml"), ("a.b.json", "json"), ("x.yaml/", "yaml"), ("Makefile", ""), (".yaml", ""),
            ("a.", ""), ("dir.d/file", ""), ("", ""), ("/////////A///", ""), ("///", ""),
        ]
        for (path, expected) in cases {
            #expect(PathExtension.of(path) == expected, "\(path)")
        }
    }
}
