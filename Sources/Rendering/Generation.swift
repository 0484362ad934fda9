public import Lowering
public import Source

/// Everything the generation of one document can be asked: which operations lowering keeps and which names it
/// gives, whether fallbacks are errors, and how rendering writes the code. The driver reaches the earlier
/// stages only through this stage, so their options are spelled here.
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

/// The outcome of generating one document.
public struct Generation: Sendable {
    public typealias Coverage = Module.Coverage

    public var moduleName: String
    /// Empty when the document has errors: broken input never produces code.
    public var files: [GeneratedFile]
    public var diagnostics: [Diagnostic]
    /// The document's text, for diagnostics' source lines.
    public var source: SourceText?
    /// What the files hold of what the document declares; `nil` when it could not be read as a document. With
    /// errors, nothing is generated of what was declared.
    public var coverage: Coverage?
}

extension Renderer {
    /// Every stage for one document: read, parse, decode and lower it, then render the module unless a
    /// diagnostic is an error.
    public static func generate(
        path: String, moduleName: String? = nil, templates: TemplateSet, options: GenerationOptions = .init()
    ) -> Generation {
        let name = moduleName ?? Self.moduleName(forFile: path)
        let (module, diagnostics, source) = Lowering.lower(path: path, moduleName: name, options: options.lowering)
        var result = Generation(moduleName: name, files: [], diagnostics: diagnostics, source: source)
        guard let module else { return result }
        guard !diagnostics.hasErrors else {
            result.coverage = module.coverage.nothingGenerated
            return result
        }
        result.coverage = module.coverage
        FreedMemory.release()
        do {
            result.files = try render(module, templates: templates, options: options.render)
        } catch {
            result.diagnostics.append(error)
            result.coverage = result.coverage?.nothingGenerated
        }
        return result
    }

    /// The module name for a document: `live-avatar.yaml` → `LiveAvatar`.
    public static func moduleName(forFile path: String) -> String {
        Lowering.moduleName(forFile: path)
    }

    /// A YAML or JSON file that is not an OpenAPI document (the driver's configuration), read by the earlier
    /// stages in JSON terms; `nil` for an empty file.
    public static func loadValue(path: String) throws(Diagnostic) -> (value: SourceValue?, text: SourceText) {
        try Lowering.loadValue(path: path)
    }
}
