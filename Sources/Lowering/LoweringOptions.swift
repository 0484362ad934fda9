public import YAML

/// What a configuration asks of lowering: which operations to keep and which names to use instead of the ones
/// made from the document. Each entry remembers where the configuration wrote it, so a name that matches
/// nothing in the document is reported there.
public struct LoweringOptions: Sendable {
    /// A document name from the configuration, and where it was written.
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var file: String
        public var mark: Mark?

        public init(_ name: String, file: String, mark: Mark?) {
            self.name = name
            self.file = file
            self.mark = mark
        }
    }

    /// A name from the document and the Swift name the configuration gives it instead.
    public struct Override: Sendable, Hashable {
        public var from: Entry
        public var to: String

        public init(from: Entry, to: String) {
            self.from = from
            self.to = to
        }
    }

    /// Operations kept by operationId; with `tags`, an operation is kept when either keeps it. Both `nil`:
    /// every operation. When a filter is set, only the component schemas the kept operations use are declared.
    public var operations: [Entry]?
    public var tags: [Entry]?
    /// Type names for component schemas, by schema name.
    public var typeNames: [Override] = []
    /// Method names for operations, by operationId.
    public var methodNames: [Override] = []

    /// Whether defects confined to one item (a dangling `$ref`, a duplicate operationId, an undefined security
    /// scheme) are errors rather than warnings with a fallback (`--strict`).
    public var strict = false

    public init(operations: [Entry]? = nil, tags: [Entry]? = nil, typeNames: [Override] = [], methodNames: [Override] = []) {
        self.operations = operations
        self.tags = tags
        self.typeNames = typeNames
        self.methodNames = methodNames
    }

    /// Whether some operations may be left out.
    var filters: Bool { operations != nil || tags != nil }

    /// Whether the filter keeps an operation.
    func keeps(operationId: String?, tags operationTags: [String]) -> Bool {
        guard filters else { return true }
        if let operationId, operations?.contains(where: { $0.name == operationId }) == true { return true }
        return tags?.contains { operationTags.contains($0.name) } == true
    }
}
