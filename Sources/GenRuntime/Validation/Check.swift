import Foundation

/// The checks that generated `validate()` methods call, one per keyword.
@_spi(Generated)
public enum Check {
    /// Throws when a text has fewer than `bound` characters (`minLength`).
    public static func minLength(_ value: String, _ bound: Int, _ name: String, in location: String)
        throws(ValidationFailure)
    {
        guard value.unicodeScalars.count >= bound else {
            throw failure(location, name, "minLength", "must be at least \(bound) characters long")
        }
    }

    /// Throws when a text has more than `bound` characters (`maxLength`).
    public static func maxLength(_ value: String, _ bound: Int, _ name: String, in location: String)
        throws(ValidationFailure)
    {
        guard value.unicodeScalars.count <= bound else {
            throw failure(location, name, "maxLength", "must be at most \(bound) characters long")
        }
    }

    /// Throws when a text does not match the document's regular expression (`pattern`).
    public static func pattern(_ value: String, _ regex: NSRegularExpression, _ name: String, in location: String)
        throws(ValidationFailure)
    {
        guard regex.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil else {
            throw failure(location, name, "pattern", "must match the pattern \(regex.pattern)")
        }
    }

    /// Throws when a value is below `bound` (`minimum`).
    public static func minimum<Value: Comparable>(_ value: Value, _ bound: Value, _ name: String, in location: String)
        throws(ValidationFailure)
    {
        guard value >= bound else { throw failure(location, name, "minimum", "must be at least \(bound)") }
    }

    /// Throws when a value is above `bound` (`maximum`).
    public static func maximum<Value: Comparable>(_ value: Value, _ bound: Value, _ name: String, in location: String)
        throws(ValidationFailure)
    {
        guard value <= bound else { throw failure(location, name, "maximum", "must be at most \(bound)") }
    }

    /// Throws when a value is not above `bound` (`exclusiveMinimum`).
    public static func exclusiveMinimum<Value: Comparable>(
        _ value: Value, _ bound: Value, _ name: String, in location: String
    ) throws(ValidationFailure) {
        guard value > bound else { throw failure(location, name, "exclusiveMinimum", "must be greater than \(bound)") }
    }

    /// Throws when a value is not below `bound` (`exclusiveMaximum`).
    public static func exclusiveMaximum<Value: Comparable>(
        _ value: Value, _ bound: Value, _ name: String, in location: String
    ) throws(ValidationFailure) {
        guard value < bound else { throw failure(location, name, "exclusiveMaximum", "must be less than \(bound)") }
    }

    /// Throws when a number is not a multiple of `bound` (`multipleOf`), within floating-point rounding.
    public static func multipleOf(
        _ value: some BinaryFloatingPoint, _ bound: Double, _ name: String, in location: String
    ) throws(ValidationFailure) {
        let quotient = Double(value) / bound
        guard quotient == quotient.rounded() else {
            throw failure(location, name, "multipleOf", "must be a multiple of \(bound)")
        }
    }

    /// Throws when an integer is not a multiple of `bound` (`multipleOf`).
    public static func multipleOf(_ value: some BinaryInteger, _ bound: Double, _ name: String, in location: String)
        throws(ValidationFailure)
    {
        try multipleOf(Double(value), bound, name, in: location)
    }

    /// Throws when a list or map has fewer than `bound` elements (`minItems`, `minProperties`).
    public static func minItems(_ value: some Collection, _ bound: Int, _ name: String, in location: String)
        throws(ValidationFailure)
    {
        guard value.count >= bound else {
            throw failure(location, name, "minItems", "must have at least \(bound) items")
        }
    }

    /// Throws when a list or map has more than `bound` elements (`maxItems`, `maxProperties`).
    public static func maxItems(_ value: some Collection, _ bound: Int, _ name: String, in location: String)
        throws(ValidationFailure)
    {
        guard value.count <= bound else {
            throw failure(location, name, "maxItems", "must have at most \(bound) items")
        }
    }

    /// Throws when a list holds an element twice (`uniqueItems`).
    public static func uniqueItems<Element: Hashable>(_ value: [Element], _ name: String, in location: String)
        throws(ValidationFailure)
    {
        guard Set(value).count == value.count else {
            throw failure(location, name, "uniqueItems", "must not repeat an item")
        }
    }

    /// The one value a closed list allows (`enum: [true]`).
    public static func equals<Value: Equatable>(_ value: Value, _ allowed: Value, _ name: String, in location: String)
        throws(ValidationFailure)
    {
        guard value == allowed else { throw failure(location, name, "enum", "must be \(allowed)") }
    }

    /// The value of a required parameter; throws when the request lacks it.
    public static func required<Value>(_ value: Value?, _ name: String, in location: String) throws(ValidationFailure)
        -> Value
    {
        guard let value else { throw failure(location, name, "required", "is required") }
        return value
    }

    /// The value a parameter's text spells; throws when the text is not a value of the parameter's type.
    public static func parsed<Value: ParameterValue>(
        _ text: String, as type: Value.Type, _ name: String, in location: String
    ) throws(ValidationFailure) -> Value {
        guard let value = Value(parameterText: text) else {
            throw failure(location, name, "type", "must be a valid \(Value.self)")
        }
        return value
    }

    private static func failure(_ location: String, _ name: String, _ rule: String, _ message: String)
        -> ValidationFailure
    {
        ValidationFailure(location: location, name: name, rule: rule, message: message)
    }
}
