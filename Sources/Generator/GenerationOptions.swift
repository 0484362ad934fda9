import Lowering
public import Rendering
public import Source

/// Everything the generation of one document can be asked: which operations lowering keeps and which names it
/// gives, whether fallbacks are errors, and how rendering writes the code. The driver hands each stage its part.
public struct GenerationOptions: Sendable {
    /// Operations kept by operationId; with `tags`, an operation is kept when either keeps it. Both `nil`:
    /// every operation.
    public var operations: [ConfiguredName]?
    public var tags: [ConfiguredName]?
    /// Type names for component schemas, by schema name.
    public var typeNames: [NameOverride]
    /// Method names for operations, by operationId.
    public var methodNames: [NameOverride]
    /// Whether defects confined to one item are errors rather than warnings with a fallback (`--strict`).
    public var strict: Bool
    public var render: RenderOptions

    public init(
        operations: [ConfiguredName]? = nil, tags: [ConfiguredName]? = nil, typeNames: [NameOverride] = [],
        methodNames: [NameOverride] = [], strict: Bool = false, render: RenderOptions = .init()
    ) {
        self.operations = operations
        self.tags = tags
        self.typeNames = typeNames
        self.methodNames = methodNames
        self.strict = strict
        self.render = render
    }

    var lowering: LoweringOptions {
        var options = LoweringOptions(
            operations: operations, tags: tags, typeNames: typeNames, methodNames: methodNames)
        options.strict = strict
        return options
    }
}
