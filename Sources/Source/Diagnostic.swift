/// A problem found in an input file, reported in compiler form: `path:line:col: error: message`.
///
/// Every stage of the pipeline reports through this one type, so positions and wording stay uniform.
public struct Diagnostic: Error, Hashable, Sendable {
    /// How bad a problem is.
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    public var message: String
    /// The file as the user named it, e.g. `specs/pipecat.yaml`.
    public var file: String
    /// Where in the file; `nil` for problems with the file as a whole (it cannot be read, say).
    public var mark: Mark?
    /// For a defect confined to one item that was left out or replaced by a fallback that compiles (a dangling
    /// `$ref`, a duplicate operationId): the message without the fallback, as `--strict` reports it, an error.
    public var strictMessage: String?

    public init(_ severity: Severity, _ message: String, file: String, at mark: Mark?) {
        self.severity = severity
        self.message = message
        self.file = file
        self.mark = mark
    }

    /// A warning for an item-sized defect, saying what was done instead (see `strictMessage`).
    public static func fallback(_ message: String, instead fallback: String, file: String, at mark: Mark?) -> Diagnostic
    {
        var diagnostic = Diagnostic(.warning, message + "; " + fallback, file: file, at: mark)
        diagnostic.strictMessage = message
        return diagnostic
    }

    /// Whether `--strict` makes this an error.
    public var isFallback: Bool { strictMessage != nil }

    /// The diagnostic as `--strict` reports it: a fallback becomes an error, without the fallback.
    public var strict: Diagnostic {
        guard let strictMessage else { return self }
        return .error(strictMessage, file: file, at: mark)
    }

    public static func error(_ message: String, file: String, at mark: Mark?) -> Diagnostic {
        Diagnostic(.error, message, file: file, at: mark)
    }

    public static func warning(_ message: String, file: String, at mark: Mark?) -> Diagnostic {
        Diagnostic(.warning, message, file: file, at: mark)
    }

    /// The one-line form, without the source snippet.
    public var summary: String {
        if let mark { return "\(file):\(mark.line):\(mark.column): \(severity.rawValue): \(message)" }
        return "\(file): \(severity.rawValue): \(message)"
    }
}

extension Diagnostic: CustomStringConvertible {
    public var description: String { summary }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
