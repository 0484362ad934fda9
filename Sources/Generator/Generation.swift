public import Lowering
public import Rendering
public import Source

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
