import Rendering
import Source
import Testing

@Suite("Rendering: the literal encoder and the comment sanitiser")
struct EscapingTests {
    @Test(arguments: [
        ("plain", #""plain""#), (#"say "hi""#, #""say \"hi\"""#), (#"C:\path"#, #""C:\\path""#), (#"\(injected)"#, #""\\(injected)""#),
        (#"""""#, #""\"\"\"""#), (##"#"raw"#"##, ##""#\"raw\"#""##), ("a\nb\r\tc", #""a\nb\r\tc""#), ("nul\u{0}", #""nul\0""#),
        ("sep\u{2028}\u{2029}", #""sep\u{2028}\u{2029}""#), ("rlo\u{202E}", #""rlo\u{202E}""#), ("bom\u{FEFF}", #""bom\u{FEFF}""#),
        ("esc\u{1B}", #""esc\u{1B}""#), ("naïve 日本 🚀", #""naïve 日本 🚀""#),
        ("\"); func injected() { fatalError() }; _ = (\"", #""\"); func injected() { fatalError() }; _ = (\"""#),
    ])
    func stringLiterals(text: String, expected: String) {
        #expect(SwiftLiteral.string(text) == expected)
    }

    @Test func commentsSplitEveryLineBreakAndDropInvisibleCharacters() {
        let lines = DocComment.lines(.init(summary: "Title */ /* x", details: "one\ntwo\r\nthree\u{2028}four\u{0}\u{202E}five\n\n\nsix  "))
        #expect(lines == ["/// Title */ /* x", "///", "/// one", "/// two", "/// three", "/// fourfive", "///", "///", "/// six"])
    }

    @Test func aPayloadInACommentStaysInTheComment() {
        let lines = DocComment.lines(.init(details: "ok\nfunc injected() { fatalError() }\r// still a comment"))
        #expect(lines.allSatisfy { $0.hasPrefix("///") })
        #expect(lines == ["/// ok", "/// func injected() { fatalError() }", "/// // still a comment"])
    }
}
