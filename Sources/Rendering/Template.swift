import Source

/// One parsed `.mustache` template: text, variables, sections, inverted sections and partials, with names split
/// once at parse time so that rendering only looks keys up.
///
/// The dialect is Mustache's (https://mustache.github.io/mustache.5.html) in text mode, as swift-mustache parses it,
/// which rendered gen's templates before this: standalone tags (alone on their line but for spaces) take their
/// line with them, a standalone partial indents every line it writes by the spaces before it (swift-mustache
/// indented only the first line of each iteration of a section), comments and `{{=<% %>=}}` delimiter
/// changes are read, and `{{% CONTENT_TYPE: TEXT}}` is accepted (gen never escapes). What gen does not render
/// (lambdas, swift-mustache's `name(transform)` calls, template inheritance, dynamic partials, HTML escaping) is
/// refused at its position rather than rendered as nothing.
struct Template: Sendable {
    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Path, Mark)
        case section(Path, [Node], inverted: Bool, Mark)
        /// A partial by name; `indentation` when it stands alone on its line, for the lines it renders.
        case partial(String, indentation: [UInt8]?, Mark)
    }

    /// A key as written: `.` (the current value), `name`, `a.b` (looked up in the stack, then inside), or `.name`
    /// (the current value only).
    struct Path: Sendable {
        var keys: [String]
        var anchored: Bool
        var text: String
    }

    var nodes: [Node]

    /// How deep sections may nest in one template: far beyond any real template, and short of the stack.
    static let maxNesting = 64

    /// How deep partials may include one another while rendering: `type` includes itself once for each level of
    /// nested declarations, and a document's nesting stops at the YAML reader's 256 collections (each nested
    /// declaration takes at least two), so this is beyond any document and short of the stack. A partial that
    /// includes itself whatever the context is stopped here instead of never ending.
    static let maxPartialDepth = 256

    /// The template with every `{{access}}` written as `modifier`: it stands before every declaration, and
    /// looking it up through the context stack each time is wasted work. The key stays in the context for any
    /// other spelling of it.
    func writingAccess(as modifier: String) -> Template {
        func specialize(_ nodes: [Node]) -> [Node] {
            nodes.map { node in
                switch node {
                case .variable(let path, _) where path.text == "access": .text(Array(modifier.utf8))
                case .section(let path, let body, let inverted, let mark):
                    .section(path, specialize(body), inverted: inverted, mark)
                default: node
                }
            }
        }
        return Template(nodes: specialize(nodes))
    }

    /// Why a template does not parse, and where.
    struct ParseError: Error {
        var message: String
        var mark: Mark
    }

    /// Parses `text`. `partials` are the names a `{{> name}}` may use.
    static func parse(_ text: String, partials: Set<String>) throws(ParseError) -> Template {
        var parser = TemplateParser(bytes: Array(text.utf8), partials: partials)
        let (nodes, _) = try parser.parseNodes(section: nil)
        return Template(nodes: nodes)
    }
}
