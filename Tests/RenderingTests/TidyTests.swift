@testable import Rendering
import Testing

/// `Renderer.tidy`: the layout rules the templates leave to it.
@Suite("Rendering: tidying a file")
struct TidyTests {
    func tidy(_ text: String) -> String {
        Renderer.tidy(Array(text.utf8))
    }

    @Test func blankLinesBracesAndSpacesAreTidied() {
        #expect(tidy("\n\nstruct A {\n\n    var a: Int   \n\n\n    var b: Int\n\n}\nstruct B {\n}\n\n") == "struct A {\n    var a: Int\n\n    var b: Int\n}\nstruct B {}\n")
    }

    /// A doc comment line over 120 columns is broken at words, but not inside a fenced code block, which the
    /// pass follows from line to line.
    @Test func longCommentLinesBreakOutsideCodeBlocksOnly() {
        let long = "/// " + Array(repeating: "word", count: 40).joined(separator: " ")
        #expect(tidy(long + "\n").split(separator: "\n").map(\.count) == [118, 88])
        let fenced = "/// ```\n" + long + "\n/// ```\n"
        #expect(tidy(fenced) == fenced)
        #expect(tidy(fenced + long + "\n").split(separator: "\n").count == 5)
    }
}
