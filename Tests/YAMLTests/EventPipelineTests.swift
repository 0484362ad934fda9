import Source
import Testing
@testable import YAML

/// A large document's events are read on a thread of their own: the composer must see exactly what it sees
/// from libyaml directly, the first error included, and must never wait on a reader that has stopped.
@Suite("YAML: events read on a thread of their own")
struct EventPipelineTests {
    /// The tree (as its value and the marks of every node) or the error, one way or the other.
    func outcome(_ text: String, pipelined: Bool, limits: YAMLLimits = .init()) -> String {
        do {
            guard let root = try Composer.compose(SourceText(path: "big.yaml", bytes: Array(text.utf8)), limits: limits, pipelined: pipelined)
            else { return "empty" }
            return "\(root.value) " + marks(root).map { "\($0.line):\($0.column)@\($0.offset)" }.joined(separator: " ")
        } catch {
            return error.summary
        }
    }

    func marks(_ node: Node) -> [Mark] {
        switch node.content {
        case .scalar: [node.start, node.end]
        case .sequence(let items): [node.start] + items.flatMap(marks) + [node.end]
        case .mapping(let pairs): [node.start] + pairs.flatMap { marks($0.key) + marks($0.value) } + [node.end]
        }
    }

    /// Many more events than the pipeline holds at once (batches of 2,048, eight of them ahead).
    static let entries = (0..<12_000).map { "key\($0): {name: \"value \($0)\", list: [a, b, c]}" }.joined(separator: "\n")

    @Test(arguments: [
        "",
        "base: &b {x: 1, y: 2}\nuse: *b\nmerged:\n  <<: *b\n  y: 3\n",
        entries + "\n",
        entries + "\nlast: [unclosed, flow\n",
        entries + "\nkey5: again\n",
        "key5: first\n" + entries + "\n",
        entries + "\n---\nsecond: document\n",
        entries + "\nbad:\n\t- tab\n",
    ])
    func theSameTreeOrErrorAsFromLibyamlDirectly(text: String) {
        #expect(outcome(text, pipelined: true) == outcome(text, pipelined: false))
    }

    /// The composer stops at a limit long before the reader would end: the pipeline's thread stops too.
    @Test func aComposerThatStopsEarlyIsNotKeptWaiting() {
        let limits = YAMLLimits(maxExpandedNodes: 1_000)
        for _ in 0..<20 {
            #expect(outcome(Self.entries, pipelined: true, limits: limits).hasSuffix("error: alias expansion limit exceeded: the document would expand to more than 1000 nodes"))
        }
    }
}
