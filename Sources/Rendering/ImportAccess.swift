import Lowering

/// Gives each `import` of a generated file the access level its declarations need, so the file compiles the same
/// whether or not the user's target imports internally by default (`InternalImportsByDefault`, Swift 7's rule),
/// without the compiler's warning for an import more visible than it is used.
///
/// A module is imported `public` (or `package`) when a public (package) declaration of the file names one of its
/// types: in a signature (up to its body), a conformance of a public type, a case payload of a public enum, a
/// requirement of a public protocol. Every other import stays a plain `import`: an explicit `internal import`
/// would make the compiler refuse the plain `import Foundation` of any other file in the user's target ("ambiguous
/// implicit access level") unless that target adopts `InternalImportsByDefault`. Package access cannot avoid
/// that: a package declaration needs `package import`, and then every import of that module in the target must
/// say its access. The file's text is read as Swift
/// tokens, so comments and string literals never count, and the answer follows whatever the templates (built-in or
/// `--templates`) wrote.
enum ImportAccess {
    /// The modules generated code imports, and the type names of each that gen writes in a declaration. A type
    /// the module declares itself (a schema named `Locale`) is the module's own, whatever the table says; the
    /// names gen writes are reserved, so no schema takes them. `ImportAccessTests` holds GenRuntime's list to
    /// its public declarations.
    static let modules: [String: Set<String>] = [
        "Foundation": ["Foundation", "URL", "Data", "Date", "UUID"],
        "HTTPTypes": ["HTTPTypes", "HTTPRequest", "HTTPResponse", "HTTPFields", "HTTPField"],
        "OpenAPIRuntime": [
            "OpenAPIRuntime", "HTTPBody", "ClientTransport", "ServerTransport", "ClientMiddleware", "ServerMiddleware",
            "ServerRequestMetadata", "MultipartBody", "OpenAPIValueContainer", "OpenAPIObjectContainer",
            "ServerSentEvent",
            "ServerSentEventWithJSONData",
        ],
        "GenRuntime": genRuntimeTypes,
    ]

    /// GenRuntime's public types, as lowering reserves them, and the module's own name.
    static let genRuntimeTypes: Set<String> = ReservedNames.genRuntimeTypes.union(["GenRuntime"])

    /// What a file's public (or package) declarations name, read from one file on its own core.
    struct PublicNames: Sendable {
        /// The type names in the file's public interfaces.
        var used: Set<String> = []
        /// Every type the file declares, whatever its access: a type of the module's own is never an import's.
        var declared: Set<String> = []
        /// Each public typealias and the names its target holds: a declaration that names the alias, in any
        /// file, uses what the alias stands for.
        var aliases: [String: Set<String>] = [:]
    }

    /// A module's files with each import line's access written in, given what each file's declarations name
    /// (`names(in:access:)`, in the same order). Public: `import X` becomes `public import X` in a file
    /// whose public declarations use X, and stays plain elsewhere. Package: a plain import may not sit beside a
    /// `package import` of the same module anywhere in the target, so once one file uses X, every file says
    /// `package import X` or `internal import X`. Attributes such as `@_spi(Generated)` are kept; lines that
    /// already say an access level are left as they are.
    static func apply(to files: [GeneratedFile], using names: [PublicNames], access: RenderOptions.Access)
        -> [GeneratedFile]
    {
        guard access != .internal else { return files }
        let declared = names.reduce(into: Set<String>()) { $0.formUnion($1.declared) }
        let aliases = names.reduce(into: [String: Set<String>]()) { $0.merge($1.aliases) { first, _ in first } }
        let used = names.map { modules(of: $0.used, declared: declared, aliases: aliases) }
        let usedAnywhere = used.reduce(into: Set<String>()) { $0.formUnion($1) }
        guard !usedAnywhere.isEmpty else { return files }
        return zip(files, used).map { file, used in
            var file = file
            file.contents = apply(to: file.contents) { module in
                if used.contains(module) { return access.rawValue }
                return access == .package && usedAnywhere.contains(module) ? "internal" : nil
            }
            return file
        }
    }

    /// The text with the access `level` gives each plain import line (nil leaves it plain).
    private static func apply(to text: String, level: (String) -> String?) -> String {
        // The imports come first: the header comment, then the import lines, then the declarations.
        var header: [Substring] = []
        var rest = text[...]
        while let end = rest.firstIndex(of: "\n") {
            let line = rest[..<end]
            guard line.isEmpty || line.hasPrefix("//") || line.hasPrefix("@") || line.hasPrefix("import ") else {
                break
            }
            header.append(line)
            rest = rest[rest.index(after: end)...]
        }
        let rewritten = header.map { rewrite($0, level: level) }
        guard rewritten.contains(where: { $0 != nil }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 100)
        for (line, new) in zip(header, rewritten) {
            result += new ?? String(line)
            result += "\n"
        }
        result += rest
        return result
    }

    /// An import line with its access written in, or nil for a line that is not a plain import or gets none.
    private static func rewrite(_ line: Substring, level: (String) -> String?) -> String? {
        var attributes = ""
        var rest = line
        while rest.hasPrefix("@") {
            guard let space = rest.firstIndex(of: " ") else { return nil }
            attributes += rest[...space]
            rest = rest[rest.index(after: space)...]
        }
        guard rest.hasPrefix("import ") else { return nil }
        let module = rest.dropFirst("import ".count).prefix { $0 != " " && $0 != "." }
        guard let level = level(String(module)) else { return nil }
        return attributes + level + " " + rest
    }

    /// What the file's public (or package) declarations name. The compiler holds only a public type's
    /// conformances to the import's access, not a package type's.
    static func names(in text: String, access: RenderOptions.Access) -> PublicNames {
        var scanner = DeclarationScanner(text: text, countsConformances: access == .public)
        return scanner.scan()
    }

    /// The modules a set of type names belongs to, aliases followed to what they stand for.
    static func modules(of names: Set<String>, declared: Set<String>, aliases: [String: Set<String>]) -> Set<String> {
        var result: Set<String> = []
        var seen: Set<String> = []
        var pending = Array(names)
        while let name = pending.popLast() {
            guard seen.insert(name).inserted else { continue }
            if let target = aliases[name] {
                pending += target
            } else if !declared.contains(name), let module = owners[name] {
                result.insert(module)
            }
        }
        return result
    }

    /// The module of each type name of `modules`.
    private static let owners: [String: String] = modules.reduce(into: [:]) { owners, entry in
        for name in entry.value { owners[name] = entry.key }
    }
}

/// Reads Swift text as tokens and reports each identifier that a public or package declaration's interface holds.
/// Not a parser: it knows statements, braces and the declaration keywords, which is what generated code needs.
private struct DeclarationScanner {
    /// What a `{` opened: a public type (whose member declarations say their own access), a public enum (whose
    /// `case` lines are public), a public protocol (whose requirements are), or anything else.
    private enum Scope {
        case publicType, publicEnum, publicProtocol, other
    }

    private static let accessWords: Set<Substring> = ["public", "package", "open"]
    private static let typeWords: Set<Substring> = ["struct", "class", "actor", "extension"]
    private static let declaringWords: Set<Substring> = ["struct", "class", "actor", "enum", "protocol", "typealias"]
    private static let memberWords: Set<Substring> = [
        "func", "init", "var", "let", "subscript", "typealias", "case", "associatedtype",
    ]

    private let text: Substring.UTF8View
    private var index: Substring.UTF8View.Index
    /// Whether a type's conformances are part of its interface: for public types, not for package ones.
    private let countsConformances: Bool

    init(text: String, countsConformances: Bool) {
        self.text = text[...].utf8
        self.index = self.text.startIndex
        self.countsConformances = countsConformances
    }

    /// The names of the text's public interfaces, the types it declares, and its public aliases.
    mutating func scan() -> ImportAccess.PublicNames {
        var names = ImportAccess.PublicNames()
        var scopes: [Scope] = []
        var statement: [Substring] = []
        var depth = 0
        while let token = next() {
            // Punctuation is one byte; compared as bytes, since comparing Substrings is Unicode-aware and slow.
            let byte = token.utf8.count == 1 ? token.utf8.first : nil
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") { depth = max(0, depth - 1) }
            // Inside a body (a function's, a switch's) nothing is public: only its braces are followed.
            if scopes.last == .other {
                if depth == 0, byte == UInt8(ascii: "{") { scopes.append(.other) }
                if depth == 0, byte == UInt8(ascii: "}") { _ = scopes.popLast() }
                continue
            }
            switch byte {
            case UInt8(ascii: "{") where depth == 0:
                let scope = classify(statement, in: scopes.last)
                declare(statement, into: &names)
                if scope != .other ? countsConformances : isPublicInterface(statement, in: scopes.last) {
                    report(interface(of: statement), into: &names)
                }
                scopes.append(scope)
                statement = []
            case UInt8(ascii: "}") where depth == 0:
                finish(statement, in: scopes.last, into: &names)
                _ = scopes.popLast()
                statement = []
            case UInt8(ascii: "\n") where depth == 0, UInt8(ascii: ";") where depth == 0:
                finish(statement, in: scopes.last, into: &names)
                statement = []
            case UInt8(ascii: "\n"):
                continue
            default:
                // Braces inside parentheses (a closure in a default value) stay in the statement.
                statement.append(token)
            }
        }
        finish(statement, in: scopes.last, into: &names)
        return names
    }

    /// A statement that ends without a body: a property, a requirement, a case, an alias.
    private func finish(_ statement: [Substring], in scope: Scope?, into names: inout ImportAccess.PublicNames) {
        declare(statement, into: &names)
        guard isPublicInterface(statement, in: scope) else { return }
        let identifiers = interface(of: statement)
        if keywords(statement).last == "typealias", let equals = statement.firstIndex(of: "="), equals > 0 {
            names.aliases[String(statement[equals - 1])] = Self.outermostType(of: statement[(equals + 1)...])
        }
        report(identifiers, into: &names)
    }

    /// What an alias stands for, as the compiler holds a file that names it to its imports: the outermost type
    /// alone (`Date` for `= Date`, `Indirect` for `= Indirect<Pet>`, the standard library's for `= [String:
    /// JSONValue]` or `= Pet?`), whose module a public use of the alias needs imported publicly in that file.
    /// The arguments of a generic or a collection do not count: the compiler asks nothing of them there.
    private static func outermostType(of target: ArraySlice<Substring>) -> Set<String> {
        guard let first = target.first, first != "[", first != "(", target.last != "?", target.last != "!" else {
            return []
        }
        return [typeName(first)]
    }

    /// Records the name a type declaration declares.
    private func declare(_ statement: [Substring], into names: inout ImportAccess.PublicNames) {
        let words = keywords(statement)
        guard let keyword = words.last, Self.declaringWords.contains(keyword),
            let index = statement.firstIndex(of: keyword),
            index + 1 < statement.count
        else { return }
        names.declared.insert(String(statement[index + 1]))
    }

    private func report(_ identifiers: [Substring], into names: inout ImportAccess.PublicNames) {
        for identifier in identifiers where identifier.first?.isUppercase == true || identifier.hasPrefix("@") {
            names.used.insert(Self.typeName(identifier))
        }
    }

    /// An identifier as a type name: an attribute (`@Indirect`) without its `@`.
    private static func typeName(_ identifier: Substring) -> String {
        String(identifier.hasPrefix("@") ? identifier.dropFirst() : identifier)
    }

    /// The declaration's words before its name: attributes' arguments skipped, modifiers and the keyword kept.
    private func keywords(_ statement: [Substring]) -> [Substring] {
        var words: [Substring] = []
        var index = 0
        while index < statement.count {
            let token = statement[index]
            if token.hasPrefix("@") {
                index += 1
                if index < statement.count, statement[index] == "(" {
                    var depth = 0
                    while index < statement.count {
                        if statement[index] == "(" { depth += 1 }
                        if statement[index] == ")" {
                            depth -= 1
                            if depth == 0 {
                                index += 1
                                break
                            }
                        }
                        index += 1
                    }
                }
                continue
            }
            guard let first = token.utf8.first, Self.isIdentifierStart(first) else { break }
            words.append(token)
            if Self.typeWords.contains(token) || Self.memberWords.contains(token) || token == "enum"
                || token == "protocol"
            {
                break
            }
            index += 1
        }
        return words
    }

    /// What the `{` after a statement opens.
    private func classify(_ statement: [Substring], in scope: Scope?) -> Scope {
        let words = keywords(statement)
        guard let keyword = words.last else { return .other }
        let isPublic = !Set(words).isDisjoint(with: Self.accessWords) || keyword == "extension"
        guard isPublic, scope == nil || scope == .publicType || scope == .publicEnum || scope == .publicProtocol else {
            return .other
        }
        switch keyword {
        case "enum": return .publicEnum
        case "protocol": return .publicProtocol
        case _ where Self.typeWords.contains(keyword): return .publicType
        default: return .other
        }
    }

    /// Whether a statement declares part of a public interface: a public declaration, a case of a public enum, a
    /// requirement of a public protocol, or an extension's conformances.
    private func isPublicInterface(_ statement: [Substring], in scope: Scope?) -> Bool {
        let words = keywords(statement)
        guard let keyword = words.last else { return false }
        if keyword == "extension" { return true }
        if scope == .other { return false }
        if !Set(words).isDisjoint(with: Self.accessWords) { return true }
        if scope == .publicEnum, keyword == "case" { return true }
        if scope == .publicProtocol, Self.memberWords.contains(keyword) { return true }
        return false
    }

    /// The identifiers of a declaration's interface: for an extension, those of its conformances only (the type
    /// it extends is the module's own, or one whose module the body's members report).
    private func interface(of statement: [Substring]) -> [Substring] {
        guard keywords(statement).last == "extension" else { return statement }
        guard countsConformances, let colon = statement.firstIndex(of: ":") else { return [] }
        let conformances = statement[(colon + 1)...].prefix { $0 != "where" }
        return Array(conformances)
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            || byte >= 0x80
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// The next token: an identifier (with a leading `@` for an attribute), a line break, or one punctuation
    /// byte; comments and string literals are skipped.
    private mutating func next() -> Substring? {
        while index < text.endIndex {
            let byte = text[index]
            let start = index
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                text.formIndex(after: &index)
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
                while index < text.endIndex, text[index] != UInt8(ascii: "\n") { text.formIndex(after: &index) }
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
                skipBlockComment()
            case UInt8(ascii: "\""):
                skipString()
            case UInt8(ascii: "#") where peek(1) == UInt8(ascii: "\"") || peek(1) == UInt8(ascii: "#"):
                skipString()
            case _ where byte == UInt8(ascii: "@") || byte == UInt8(ascii: "`") || Self.isIdentifierStart(byte):
                text.formIndex(after: &index)
                while index < text.endIndex, Self.isIdentifierByte(text[index]) { text.formIndex(after: &index) }
                if index < text.endIndex, text[index] == UInt8(ascii: "`") { text.formIndex(after: &index) }
                var token = Substring(text[start..<index])
                if token.hasPrefix("`") { token = token.dropFirst().dropLast() }
                return token
            default:
                text.formIndex(after: &index)
                return Substring(text[start..<index])
            }
        }
        return nil
    }

    private func peek(_ offset: Int) -> UInt8? {
        text.index(index, offsetBy: offset, limitedBy: text.endIndex).flatMap { $0 < text.endIndex ? text[$0] : nil }
    }

    private mutating func skipBlockComment() {
        var depth = 0
        while index < text.endIndex {
            if text[index] == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
                depth += 1
                text.formIndex(&index, offsetBy: 2)
            } else if text[index] == UInt8(ascii: "*"), peek(1) == UInt8(ascii: "/") {
                depth -= 1
                text.formIndex(&index, offsetBy: 2)
                if depth == 0 { return }
            } else {
                text.formIndex(after: &index)
            }
        }
    }

    /// Skips a string literal: `"…"` with escapes, `"""…"""`, and raw `#"…"#`.
    private mutating func skipString() {
        var hashes = 0
        while index < text.endIndex, text[index] == UInt8(ascii: "#") {
            hashes += 1
            text.formIndex(after: &index)
        }
        guard index < text.endIndex else { return }
        let multiline = peek(1) == UInt8(ascii: "\"") && peek(2) == UInt8(ascii: "\"")
        let quotes = multiline ? 3 : 1
        text.formIndex(&index, offsetBy: quotes)
        while index < text.endIndex {
            let byte = text[index]
            if byte == UInt8(ascii: "\\"), hashes == 0 {
                text.formIndex(after: &index)
                if index < text.endIndex { text.formIndex(after: &index) }
                continue
            }
            if byte == UInt8(ascii: "\n"), !multiline { return }
            if byte == UInt8(ascii: "\""), (1..<quotes).allSatisfy({ peek($0) == UInt8(ascii: "\"") }) {
                var end = index
                text.formIndex(&end, offsetBy: quotes)
                var closing = 0
                while closing < hashes, end < text.endIndex, text[end] == UInt8(ascii: "#") {
                    closing += 1
                    text.formIndex(after: &end)
                }
                if closing == hashes {
                    index = end
                    return
                }
            }
            text.formIndex(after: &index)
        }
    }
}
