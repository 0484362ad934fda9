import Foundation

/// A user name and password for HTTP basic authentication.
public struct BasicCredentials: Hashable, Sendable {
    /// The user name, sent before the colon.
    public var username: String
    /// The password, sent after the colon.
    public var password: String

    /// Credentials of a user name and a password.
    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }

    /// The `Authorization` header value: `Basic` and the base64 of `username:password`.
    public var headerValue: String { "Basic " + Data("\(username):\(password)".utf8).base64EncodedString() }

    /// Reads an `Authorization` header value; `nil` unless it is well-formed basic authentication.
    public init?(headerValue: String) {
        guard headerValue.lowercased().hasPrefix("basic "),
            let data = Data(base64Encoded: String(headerValue.dropFirst(6))),
            let text = String(data: data, encoding: .utf8),
            let colon = text.firstIndex(of: ":")
        else { return nil }
        self.init(username: String(text[..<colon]), password: String(text[text.index(after: colon)...]))
    }
}
