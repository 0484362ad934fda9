import Foundation

/// A documented rule that a value broke. The client throws it before sending anything; the server answers the
/// request with 400 and this failure as its JSON body, without calling the handler.
public struct ValidationFailure: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// Where the value travels: `path`, `query`, `header`, `cookie`, `body` or `request`.
    public var location: String
    /// The parameter's name as the document writes it.
    public var name: String
    /// The keyword that failed, such as `pattern`, `maxLength` or `required`.
    public var rule: String
    /// What the rule demands, in words.
    public var message: String

    /// A failure of the rule `rule` by the value `name` in `location`, explained by `message`.
    public init(location: String, name: String, rule: String, message: String) {
        self.location = location
        self.name = name
        self.rule = rule
        self.message = message
    }

    /// The failure as a sentence: `path parameter 'setName' must be at least 3 characters long`.
    public var description: String { "\(location) parameter '\(name)' \(message)" }

    private enum CodingKeys: String, CodingKey {
        case error, location, name, rule, message
    }

    /// Decodes a failure from the JSON body a generated server answers with.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        location = try container.decode(String.self, forKey: .location)
        name = try container.decode(String.self, forKey: .name)
        rule = try container.decode(String.self, forKey: .rule)
        message = try container.decode(String.self, forKey: .message)
    }

    /// Also writes `error`, the whole sentence, which the error schemas of many documents require.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(description, forKey: .error)
        try container.encode(location, forKey: .location)
        try container.encode(name, forKey: .name)
        try container.encode(rule, forKey: .rule)
        try container.encode(message, forKey: .message)
    }
}
