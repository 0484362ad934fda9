/// Turns document strings into Swift identifiers: words split at separators and case humps, reserved words
/// escaped per context, anything Swift cannot spell replaced by a readable stand-in.
///
/// Names are made here and nowhere else; `NameScope` then keeps them unique.
public enum Naming {
    /// The `counter`th of several names made from one: `Pet2`, and `v1_2`, `_12_2` where the name ends in a digit,
    /// so the number stays apart from it.
    static func numbered(_ bare: String, _ counter: Int) -> String {
        bare.last?.isNumber == true ? bare + "_" + String(counter) : bare + String(counter)
    }

    /// `delete_secret-v1` → `DeleteSecretV1`: for types.
    public static func typeName(_ text: String) -> String {
        let name = words(text).map(capitalized).joined()
        return escapeType(leadingDigit(name.isEmpty ? "Value" : name))
    }

    /// `Delete_secret-v1` → `deleteSecretV1`: for properties, parameters, methods and enum cases.
    public static func memberName(_ text: String) -> String {
        let parts = words(text)
        guard let first = parts.first else { return "value" }
        let name = lowercasedFirstWord(first) + parts.dropFirst().map(capitalized).joined()
        return leadingDigit(name)
    }

    /// A property's or parameter's name.
    public static func propertyName(_ text: String) -> MemberName { member(memberName(text)) }

    /// An enum case's name.
    public static func caseName(_ text: String) -> MemberName {
        let name = memberName(text)
        if reservedCaseNames.contains(name) { return MemberName(bare: name + "_") }
        return member(name)
    }

    // MARK: Words

    /// Splits at anything that is not a letter or digit, and before an upper-case letter that follows a
    /// lower-case one (`userName` → `user`, `Name`); characters Swift cannot spell become `U1F680`-style words.
    static func words(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(text) }
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasLower = false
        func flush() {
            if !current.isEmpty { result.append(String(current)) }
            current = String.UnicodeScalarView()
            previousWasLower = false
        }
        for scalar in text.unicodeScalars {
            if isASCIILetterOrDigit(scalar) || isIdentifierLetter(scalar) {
                let isUpper = scalar.properties.isUppercase
                if isUpper, previousWasLower { flush() }
                current.append(scalar)
                previousWasLower = scalar.properties.isLowercase || ("0"..."9").contains(scalar)
            } else if scalar.isASCII {
                flush()
            } else {
                flush()
                result.append("U" + String(scalar.value, radix: 16, uppercase: true))
            }
        }
        flush()
        return result
    }

    /// `words` for ASCII text, on bytes: each word is a slice of the text.
    private static func asciiWords(_ text: String) -> [String] {
        var result: [String] = []
        let bytes = text.utf8
        var wordStart: String.UTF8View.Index?
        var previousWasLower = false
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if previousWasLower, let start = wordStart {
                    result.append(String(Substring(bytes[start..<index])))
                    wordStart = index
                }
                if wordStart == nil { wordStart = index }
                previousWasLower = false
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if wordStart == nil { wordStart = index }
                previousWasLower = true
            default:
                if let start = wordStart { result.append(String(Substring(bytes[start..<index]))) }
                wordStart = nil
                previousWasLower = false
            }
            index = bytes.index(after: index)
        }
        if let start = wordStart { result.append(String(Substring(bytes[start..<bytes.endIndex]))) }
        return result
    }

    private static func isASCIILetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// Non-ASCII letters in ranges Swift accepts at any position of an identifier.
    private static func isIdentifierLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= 0xC0, value != 0xD7, value != 0xF7 else { return false }
        let inRange =
            (0xC0...0x24F).contains(value) || (0x370...0x167F).contains(value) || (0x1E00...0x1FFF).contains(value)
            || (0x3040...0xD7FF).contains(value) || (0xF900...0xFD3D).contains(value)
        guard inRange else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter: return true
        default: return false
        }
    }

    private static func capitalized(_ word: String) -> String {
        guard let first = word.unicodeScalars.first else { return word }
        return String(first).uppercased() + String(word.unicodeScalars.dropFirst())
    }

    /// `URL` → `url`, `HTTPStatus` → `httpStatus`, `Name` → `name`.
    private static func lowercasedFirstWord(_ word: String) -> String {
        let scalars = Array(word.unicodeScalars)
        var upperRun = 0
        while upperRun < scalars.count, scalars[upperRun].properties.isUppercase { upperRun += 1 }
        if upperRun <= 1 || upperRun == scalars.count {
            return upperRun == scalars.count
                ? word.lowercased()
                : String(String(scalars[0]).lowercased()) + String(String.UnicodeScalarView(scalars.dropFirst()))
        }
        let head = String(String.UnicodeScalarView(scalars[..<(upperRun - 1)])).lowercased()
        return head + String(String.UnicodeScalarView(scalars[(upperRun - 1)...]))
    }

    private static func leadingDigit(_ name: String) -> String {
        guard let first = name.unicodeScalars.first, ("0"..."9").contains(first) else { return name }
        return "_" + name
    }

    // MARK: Reserved words

    /// Keywords that need backticks wherever an identifier is declared or used.
    static let keywords: Set<String> = [
        // Declarations.
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var",
        // Statements.
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if",
        "in", "repeat", "return", "throw", "switch", "where", "while",
        // Expressions and types.
        "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
    ]

    /// Member names backticks cannot rescue: `x.self`, `x.init` and `x.Type` mean something else.
    static let unescapableMembers: Set<String> = ["self", "Self", "init", "Type", "Protocol", "_"]

    /// Enum case names that would be shadowed or misread (see `ReservedNames.enumCases`); they get a `_`.
    static let reservedCaseNames = Set(ReservedNames.enumCases)

    /// An identifier as a member's name: one backticks cannot rescue gets a `_`; a keyword is spelled in
    /// backticks (`MemberName.spelled`).
    static func member(_ identifier: String) -> MemberName {
        MemberName(bare: unescapableMembers.contains(identifier) ? identifier + "_" : identifier)
    }

    static func escapeType(_ name: String) -> String {
        if ReservedNames.types.contains(name) || keywords.contains(name) { return name + "_" }
        return name
    }
}

/// Hands out names that are unique within one scope (a module's types, a struct's properties, an enum's cases).
/// Clashes get a number: `userName`, `userName2`. Comparison ignores case for type names, which become file
/// and symbol names on case-insensitive file systems.
public struct NameScope {
    private var taken: Set<String>
    private let caseInsensitive: Bool

    public init(reserved: some Sequence<String> = [], caseInsensitive: Bool = false) {
        self.caseInsensitive = caseInsensitive
        self.taken = Set(reserved.map { caseInsensitive ? $0.lowercased() : $0 })
    }

    /// A unique name based on `name` (which is already a valid identifier), now taken.
    public mutating func claim(_ name: String) -> String {
        if insert(name) { return name }
        var counter = 2
        while !insert(Naming.numbered(name, counter)) { counter += 1 }
        return Naming.numbered(name, counter)
    }

    /// A unique member name based on `name`, now taken.
    public mutating func claim(_ name: MemberName) -> MemberName {
        let claimed = claim(name.bare)
        return claimed == name.bare ? name : MemberName(bare: claimed)
    }

    /// Whether a name is already taken.
    public func contains(_ name: String) -> Bool {
        taken.contains(caseInsensitive ? name.lowercased() : name)
    }

    private mutating func insert(_ name: String) -> Bool {
        taken.insert(caseInsensitive ? name.lowercased() : name).inserted
    }
}
