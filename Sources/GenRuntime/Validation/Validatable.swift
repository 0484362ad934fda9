/// A value with rules from the document, checked with `validate(at:)`; `path` prefixes the names it reports
/// (`items[2].name`). Generated models with rules conform, and so do optionals, arrays and string-keyed
/// dictionaries of them.
public protocol Validatable {
    func validate(at path: String) throws(ValidationFailure)
}

extension Validatable {
    /// Checks a parameter's value: a failure names where the parameter travels (`query`), not `body`.
    public func validate(at path: String, in location: String) throws(ValidationFailure) {
        do {
            try validate(at: path)
        } catch {
            var failure = error
            failure.location = location
            throw failure
        }
    }
}

extension Optional: Validatable where Wrapped: Validatable {
    /// A value that may be absent is valid when absent, and checked when present.
    public func validate(at path: String) throws(ValidationFailure) {
        if let wrapped = self { try wrapped.validate(at: path) }
    }
}

extension Array: Validatable where Element: Validatable {
    /// Checks every element, each at its index (`items[2]`).
    public func validate(at path: String) throws(ValidationFailure) {
        let base = path.hasSuffix(".") ? String(path.dropLast()) : path
        for (index, element) in enumerated() { try element.validate(at: "\(base)[\(index)].") }
    }
}

extension Dictionary: Validatable where Key == String, Value: Validatable {
    /// Checks every value, each at its key (`labels.env`).
    public func validate(at path: String) throws(ValidationFailure) {
        for key in keys.sorted() { try self[key]?.validate(at: path + key + ".") }
    }
}
