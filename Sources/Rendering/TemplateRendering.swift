import Source

/// Why a template could not be rendered against its context: a key no context on the stack has, or a list or
/// context placed as if it were text. The template is named so the diagnostic points into its file.
struct TemplateRenderError: Error, Sendable {
    var message: String
    var template: String
    var mark: Mark
}

/// Renders parsed templates into one UTF-8 buffer, with a stack of the contexts opened by sections.
///
/// A standalone partial is indented by the spaces before its tag: every line it writes that is not empty starts
/// with them, whether the line comes from its text, a section inside it, a value or a partial it includes (whose
/// own spaces add up). So `type.mustache` renders a nested declaration one level in, straight into the file.
struct TemplateRendering {
    let templates: [String: Template]
    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue] = []
    /// The spaces before every line that is not empty: those of the standalone partials being rendered.
    private var indentation: [UInt8] = []
    /// The template being rendered, for errors.
    private var template: String
    /// The partials being rendered inside one another.
    private var partialDepth = 0

    private init(templates: [String: Template], template: String) {
        self.templates = templates
        self.template = template
    }

    /// Renders the template `name` with `value` as the context, as UTF-8.
    static func renderBytes(_ name: String, templates: [String: Template], value: TemplateValue)
        throws(TemplateRenderError) -> [UInt8]
    {
        var rendering = TemplateRendering(templates: templates, template: name)
        rendering.stack.append(value)
        try rendering.render(template: name, at: Mark(line: 1, column: 1, offset: 0))
        return rendering.output
    }

    /// The nodes of the template `name`, reached from `mark` (a partial's tag), with errors inside naming it.
    private mutating func render(template name: String, at mark: Mark) throws(TemplateRenderError) {
        guard let template = templates[name] else { throw failure("template '\(name)' is missing", mark) }
        let outer = self.template
        self.template = name
        try render(template.nodes)
        self.template = outer
    }

    private mutating func render(_ nodes: [Template.Node]) throws(TemplateRenderError) {
        for node in nodes { try render(node) }
    }

    private mutating func render(_ node: Template.Node) throws(TemplateRenderError) {
        switch node {
        case .text(let bytes):
            write(bytes)
        case .variable(let path, let mark):
            switch try lookup(path, mark: mark) {
            case .text(let text): write(text)
            case .flag(let flag): write(flag ? "true" : "false")
            case .list:
                throw failure(
                    "'\(path.text)' is a list; write it as a section, {{#\(path.text)}}…{{/\(path.text)}}", mark)
            case .object:
                throw failure(
                    "'\(path.text)' is a context, not text; open it as a section, {{#\(path.text)}}…{{/\(path.text)}}",
                    mark)
            }
        case .section(let path, let body, let inverted, let mark):
            let value = try lookup(path, mark: mark)
            if inverted {
                let empty: Bool =
                    switch value {
                    case .flag(let flag): !flag
                    case .list(let list): list.count == 0
                    case .text, .object: false
                    }
                if empty { try render(body) }
                return
            }
            switch value {
            case .flag(let flag):
                if flag { try render(body) }
            case .list(let list):
                for index in 0..<list.count {
                    stack.append(list.element(at: index))
                    try render(body)
                    stack.removeLast()
                }
            case .text, .object:
                stack.append(value)
                try render(body)
                stack.removeLast()
            }
        case .partial(let name, let own, let mark):
            guard partialDepth < Template.maxPartialDepth else {
                throw failure(
                    "partials nest more than \(Template.maxPartialDepth) deep here: '\(name)' includes itself, directly or through another",
                    mark)
            }
            partialDepth += 1
            let outer = indentation
            if let own { indentation += own }
            try render(template: name, at: mark)
            indentation = outer
            partialDepth -= 1
        }
    }

    private mutating func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0) }
    }

    private mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    /// Appends the bytes, starting each line that is not empty with the indentation.
    private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !indentation.isEmpty else { return output.append(contentsOf: bytes) }
        let newline = UInt8(ascii: "\n")
        var start = 0
        while start < bytes.count {
            if bytes[start] != newline, (output.last ?? newline) == newline { output.append(contentsOf: indentation) }
            var end = start
            while end < bytes.count, bytes[end] != newline { end += 1 }
            end = min(end + 1, bytes.count)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            start = end
        }
    }

    /// The value of a key: `.` is the innermost value; a plain name is looked up from the innermost context
    /// outwards, `.name` in the innermost only, and each further part of `a.b` inside the value before it.
    private func lookup(_ path: Template.Path, mark: Mark) throws(TemplateRenderError) -> TemplateValue {
        guard let first = path.keys.first else {
            guard let current = stack.last else { throw failure("'.' has no value here", mark) }
            return current
        }
        var found: TemplateValue?
        if path.anchored {
            found = stack.last.flatMap { Self.child(of: $0, named: first) }
        } else {
            for value in stack.reversed() {
                if let child = Self.child(of: value, named: first) {
                    found = child
                    break
                }
            }
        }
        for key in path.keys.dropFirst() {
            found = found.flatMap { Self.child(of: $0, named: key) }
        }
        guard let found else {
            throw failure(
                "no context here has the key '\(path.text)'; Templates/Context.md lists the keys of each context", mark)
        }
        return found
    }

    private static func child(of value: TemplateValue, named key: String) -> TemplateValue? {
        guard case .object(let object) = value else { return nil }
        return object.child(named: key)
    }

    private func failure(_ message: String, _ mark: Mark) -> TemplateRenderError {
        TemplateRenderError(message: message, template: template, mark: mark)
    }
}
