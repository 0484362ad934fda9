import Foundation

/// How a parameter value is written as text: the `style` of an OpenAPI parameter, with `explode`. Writing
/// follows the table of the OpenAPI specification (RFC 6570 where it applies): for `color` with the value
/// `["blue", "black"]`, `form` writes `color=blue&color=black` (exploded) or `color=blue,black`, `label` writes
/// `.blue.black` or `.blue,black`, `matrix` `;color=blue;color=black` or `;color=blue,black`.
///
/// Each item is percent-encoded on its own, so a `,` inside an item travels as `%2C` and the delimiters stay
/// readable; the reader splits before it decodes. `spaceDelimited` and `pipeDelimited` delimiters are encoded too
/// (`%20`, `%7C`), as the specification writes them, so items holding them cannot be told apart.
@_spi(Generated)
public enum ParameterStyle: String, Sendable {
    case form, spaceDelimited, pipeDelimited, deepObject, matrix, label, simple

    // MARK: Writing

    /// The `name=value` pairs of a query or cookie parameter, each part percent-encoded.
    func pairs(_ tree: ParameterTree, name: String, explode: Bool) throws(ValidationFailure) -> [String] {
        let escape = Wire.escaped
        switch (self, tree) {
        case (.deepObject, _):
            return Self.deepPairs(tree, prefix: name)
        case (_, .text(let text)):
            return [escape(name) + "=" + escape(text)]
        case (_, .list(let items)) where explode:
            return try items.map { item throws(ValidationFailure) in escape(name) + "=" + escape(try text(item, name)) }
        case (_, .map(let entries)) where explode:
            return try entries.map { entry throws(ValidationFailure) in
                escape(entry.key) + "=" + escape(try text(entry.value, name))
            }
        default:
            let delimiter = self == .spaceDelimited ? "%20" : self == .pipeDelimited ? "%7C" : ","
            return [escape(name) + "=" + (try items(tree, name)).map(escape).joined(separator: delimiter)]
        }
    }

    /// The text of a path or header parameter; path items percent-encoded (`escape`), header items as they are.
    func text(_ tree: ParameterTree, name: String, explode: Bool, escape: (String) -> String) throws(ValidationFailure)
        -> String
    {
        let (prefix, explodedDelimiter): (String, String) =
            switch self {
            case .label: (".", ".")
            case .matrix: (";", ";")
            default: ("", ",")
            }
        switch tree {
        case .text(let text):
            if self == .matrix { return ";" + escape(name) + (text.isEmpty ? "" : "=" + escape(text)) }
            return prefix + escape(text)
        case .list(let list) where explode:
            let texts = try list.map { item throws(ValidationFailure) in escape(try text(item, name)) }
            if self == .matrix { return texts.map { ";" + escape(name) + "=" + $0 }.joined() }
            return prefix + texts.joined(separator: explodedDelimiter)
        case .map(let entries) where explode:
            let texts = try entries.map { entry throws(ValidationFailure) in
                escape(entry.key) + "=" + escape(try text(entry.value, name))
            }
            return prefix + texts.joined(separator: explodedDelimiter)
        default:
            let joined = try items(tree, name).map(escape).joined(separator: ",")
            return self == .matrix ? ";" + escape(name) + "=" + joined : prefix + joined
        }
    }

    /// `filter[name]=x&filter[tags][0]=a`: every leaf under its bracketed path; list items by index.
    private static func deepPairs(_ tree: ParameterTree, prefix: String) -> [String] {
        switch tree {
        case .text(let text): [Wire.escaped(prefix) + "=" + Wire.escaped(text)]
        case .list(let items): items.enumerated().flatMap { deepPairs($0.element, prefix: prefix + "[\($0.offset)]") }
        case .map(let entries): entries.flatMap { deepPairs($0.value, prefix: prefix + "[\($0.key)]") }
        }
    }

    /// A list's items, or an object's names and values in turn, for the non-exploded forms.
    private func items(_ tree: ParameterTree, _ name: String) throws(ValidationFailure) -> [String] {
        switch tree {
        case .text(let text): return [text]
        case .list(let items): return try items.map { item throws(ValidationFailure) in try text(item, name) }
        case .map(let entries):
            var items: [String] = []
            for entry in entries { items += [entry.key, try text(entry.value, name)] }
            return items
        }
    }

    private func text(_ tree: ParameterTree, _ name: String) throws(ValidationFailure) -> String {
        guard case .text(let text) = tree else {
            let message = "holds a nested value, which style '\(rawValue)' cannot write; only deepObject nests"
            throw ValidationFailure(location: "parameter", name: name, rule: "style", message: message)
        }
        return text
    }

    // MARK: Reading

    /// A path, header or exploded-cookie value's text read in this style; `decode` undoes the escaping of a part.
    func read(_ raw: String, name: String, explode: Bool, decode: (Substring) -> String) -> ReceivedParameter? {
        var body = Substring(raw)
        switch self {
        case .label:
            guard body.first == "." else { return nil }
            body = body.dropFirst()
            return Self.delimited(body, by: explode ? "." : ",", explode: explode, decode: decode)
        case .matrix:
            guard body.first == ";" else { return nil }
            let parts = body.dropFirst().split(separator: ";", omittingEmptySubsequences: false).map(Self.keyValue)
            let own = parts.filter { decode($0.key) == name }
            if explode {
                let values = own.map { ReceivedParameter(text: decode($0.value ?? "")) }
                let entries = parts.map {
                    (key: decode($0.key), value: ReceivedParameter(text: decode($0.value ?? "")))
                }
                return ReceivedParameter(text: values.first?.text, items: values, entries: entries)
            }
            guard let value = own.first else { return nil }
            return Self.delimited(value.value ?? "", by: ",", explode: false, decode: decode)
        default:
            return Self.delimited(body, by: ",", explode: explode, decode: decode)
        }
    }

    /// A query or cookie parameter read in this style from the request's pairs (names decoded, values raw).
    /// `claimed` holds the names the operation's other parameters use: an exploded `form` object is every other
    /// pair, so it is given only when the value may be an object.
    func read(
        pairs: [(name: String, value: String)], name: String, explode: Bool, claimed: Set<String>?,
        decode: @escaping (Substring) -> String
    ) -> ReceivedParameter? {
        switch self {
        case .deepObject:
            return Self.deepObject(pairs, name: name, decode: decode)
        case _ where explode:
            let own = pairs.filter { $0.name == name }.map { ReceivedParameter(text: decode(Substring($0.value))) }
            let entries = claimed.map { claimed in
                pairs.filter { !Self.isClaimed($0.name, by: claimed) }.map {
                    (key: $0.name, value: ReceivedParameter(text: decode(Substring($0.value))))
                }
            }
            guard !own.isEmpty || !(entries ?? []).isEmpty else { return nil }
            // Repeated pairs are a list; only a single one can be read as one value.
            return ReceivedParameter(
                text: own.count == 1 ? own[0].text : nil, items: own.isEmpty ? nil : own, entries: entries)
        case .spaceDelimited, .pipeDelimited:
            guard let raw = pairs.first(where: { $0.name == name })?.value else { return nil }
            let decoded = decode(Substring(raw))
            return Self.delimited(Substring(decoded), by: self == .spaceDelimited ? " " : "|", explode: false) {
                String($0)
            }
        default:
            guard let raw = pairs.first(where: { $0.name == name })?.value else { return nil }
            return Self.delimited(Substring(raw), by: ",", explode: false, decode: decode)
        }
    }

    /// Whether a pair belongs to another parameter: by its name, or as `name[…]` of a deepObject.
    private static func isClaimed(_ pairName: String, by claimed: Set<String>) -> Bool {
        if claimed.contains(pairName) { return true }
        guard let bracket = pairName.firstIndex(of: "[") else { return false }
        return claimed.contains(String(pairName[..<bracket]))
    }

    /// `R,100,G,200` or, exploded, `R=100,G=200`: the whole text, its items, and its items as named values.
    private static func delimited(
        _ raw: Substring, by delimiter: Character, explode: Bool, decode: (Substring) -> String
    ) -> ReceivedParameter {
        let parts = raw.isEmpty ? [] : raw.split(separator: delimiter, omittingEmptySubsequences: false)
        let items = parts.map { ReceivedParameter(text: decode($0)) }
        let entries: [(key: String, value: ReceivedParameter)]?
        if explode {
            let pairs = parts.map(keyValue)
            entries =
                pairs.allSatisfy { $0.value != nil }
                ? pairs.map { (decode($0.key), ReceivedParameter(text: decode($0.value!))) } : nil
        } else {
            entries = ReceivedParameter.pairs(items)
        }
        return ReceivedParameter(text: decode(raw), items: items, entries: entries)
    }

    private static func keyValue(_ part: Substring) -> (key: Substring, value: Substring?) {
        guard let equals = part.firstIndex(of: "=") else { return (part, nil) }
        return (part[..<equals], part[part.index(after: equals)...])
    }

    /// The pairs `name[a][b]=v` gathered into a tree under `name`; `name[]=v` appends.
    private static func deepObject(
        _ pairs: [(name: String, value: String)], name: String, decode: (Substring) -> String
    ) -> ReceivedParameter? {
        let node = DeepNode()
        var found = false
        for pair in pairs {
            guard pair.name.hasPrefix(name), let path = bracketPath(pair.name.dropFirst(name.count)) else { continue }
            found = true
            node.insert(path[...], value: decode(Substring(pair.value)))
        }
        return found ? node.parameter : nil
    }

    /// `[a][b]` as `["a", "b"]`; `nil` unless the text is only bracketed parts (empty text is the root).
    private static func bracketPath(_ text: Substring) -> [String]? {
        var path: [String] = []
        var rest = text
        while !rest.isEmpty {
            guard rest.first == "[", let close = rest.firstIndex(of: "]") else { return nil }
            path.append(String(rest[rest.index(after: rest.startIndex)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return path
    }
}

/// One level of a deepObject while its pairs are gathered.
private final class DeepNode {
    var text: String?
    var children: [(key: String, node: DeepNode)] = []

    func insert(_ path: ArraySlice<String>, value: String) {
        guard let key = path.first else {
            text = text ?? value
            return
        }
        let child: DeepNode
        if !key.isEmpty, let existing = children.first(where: { $0.key == key }) {
            child = existing.node
        } else {
            child = DeepNode()
            children.append((key.isEmpty ? String(children.count) : key, child))
        }
        child.insert(path.dropFirst(), value: value)
    }

    var parameter: ReceivedParameter {
        let entries = children.map { (key: $0.key, value: $0.node.parameter) }
        // A list's items by index (`[0]`, `[1]`, or `[]` appended), in index order.
        let indexed = entries.compactMap { entry in Int(entry.key).map { ($0, entry.value) } }
        let items = indexed.count == entries.count ? indexed.sorted { $0.0 < $1.0 }.map(\.1) : nil
        return ReceivedParameter(
            text: text, items: entries.isEmpty ? nil : items, entries: entries.isEmpty && text != nil ? nil : entries)
    }
}
