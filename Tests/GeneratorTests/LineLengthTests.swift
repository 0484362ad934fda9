import Foundation
import Testing
import TestSupport

/// Generated code is reviewed as a diff: no line of it runs past 120 columns, except where a string literal or
/// a single word of a comment (a JSON pointer in a code span) cannot be split.
@Suite("Generated lines fit in 120 columns")
struct LineLengthTests {
    static let limit = 120

    /// Whether a long line is long only because of what cannot be split.
    static func mayExceed(_ line: String) -> Bool {
        let text = line.drop { $0 == " " }
        if text.hasPrefix("///") {
            // One word after the comment marker and a list item's label: nothing to break at.
            let words = text.dropFirst(3).split(separator: " ").filter { !$0.hasPrefix("-") && !$0.hasSuffix(":") }
            return words.count == 1
        }
        // Without its string literals the line fits.
        let withoutLiterals = line.replacing(#/"(?:[^"\\]|\\.)*"/#, with: "\"\"")
        return withoutLiterals != line && withoutLiterals.count <= limit
    }

    static let folders = ["Generated", "Tests/GeneratorTests/Snippets", "Examples/Consumer/Sources/QuivaCommitted/Generated"]

    @Test(arguments: folders)
    func noLineIsLongerThan120Columns(folder: String) throws {
        let root = PackagePaths.path(folder)
        let files = try #require(FileManager.default.enumerator(atPath: root)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !$0.hasSuffix(".main.swift") }.sorted()
        #expect(files.count > 4)
        for file in files {
            let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.count > Self.limit && !Self.mayExceed(String(line)) {
                Issue.record("\(folder)/\(file):\(index + 1) is \(line.count) columns: \(line)")
            }
        }
    }

    @Test func theExceptionsAreOnlyWhatCannotBeSplit() {
        let padding = String(repeating: "x", count: 130)
        #expect(Self.mayExceed("    static let id = \"\(padding)\""))
        #expect(Self.mayExceed("    ///   `#/paths/\(padding)`."))
        #expect(!Self.mayExceed("    public init(a: \(padding), b: Int)"))
        #expect(!Self.mayExceed("    /// a comment of words \(padding)"))
        #expect(!Self.mayExceed("    let a = f(\"\(padding)\", \(padding))"))
    }
}
