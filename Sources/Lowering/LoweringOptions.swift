public import Source

/// What a configuration asks of lowering: which operations to keep and which names to use instead of the ones
/// made from the document. Each entry remembers where the configuration wrote it, so a name that matches
/// nothing in the document is reported there.
public struct LoweringOptions: Sendable {
    /// Operations kept by operationId; with `tags`, an operation is kept when either keeps it. Both `nil`:
    /// every operation. When a filter is set, only the component schemas the kept operations use are declared.
    public var operations: [ConfiguredName]?
    public var tags: [ConfiguredName]?
    /// Type names for component schemas, by schema name.
    public var typeNames: [NameOverride] = []
    /// Method names for operations, by operationId.
    public var methodNames: [NameOverride] = []

    /// Whether defects confined to one item (a dangling `$ref`, a duplicate operationId, an undefined security
    /// scheme) are errors rather than warnings with a fallback (`--strict`).
    public var strict = false

    public init(
        operations: [ConfiguredName]? = nil, tags: [ConfiguredName]? = nil, typeNames: [NameOverride] = [],
        methodNames: [NameOverride] = []
    ) {
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
