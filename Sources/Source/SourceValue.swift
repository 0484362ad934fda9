/// A value as a document writes it, in JSON terms, with where it starts: how stages after the parser see a
/// `default`, an `enum` value, an example or an extension, and how the driver reads its settings file. The YAML
/// stage makes these from its nodes under the YAML core schema (a plain `true` is a boolean, a quoted one a
/// string), so no later stage needs YAML's own node tree.
public struct SourceValue: Sendable {
    public indirect enum Content: Sendable {
        case null
        case bool(Bool)
        case int(Int)
        /// A number with a fraction or exponent, or an integer past `Int`'s range; may be infinite or NaN
        /// (`.inf`, `.nan`), which JSON cannot hold.
        case double(Double)
        case string(String)
        case array([SourceValue])
        /// Entries in document order; keys are values too, since YAML allows any key.
        case object([(key: SourceValue, value: SourceValue)])
    }

    public var content: Content
    /// A scalar's text as written, without quotes; `nil` for arrays and objects.
    public var text: String?
    /// Where the value starts.
    public var start: Mark

    public init(_ content: Content, text: String?, start: Mark) {
        self.content = content
        self.text = text
        self.start = start
    }

    /// The entries, when this is an object.
    public var entries: [(key: SourceValue, value: SourceValue)]? {
        if case .object(let entries) = content { return entries }
        return nil
    }

    /// The items, when this is an array.
    public var items: [SourceValue]? {
        if case .array(let items) = content { return items }
        return nil
    }
}
