/// An account of the service.
///
/// - Remark: Generated from `#/components/schemas/Account`.
public nonisolated struct Account: Codable, Hashable, Sendable {
    /// The name used to sign in.
    public var login: String?
    public var legacyId: String?

    public init(login: String? = nil, legacyId: String? = nil) {
        self.login = login
        self.legacyId = legacyId
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        self.login = try container.decodeIfPresent(String.self, forKey: "login")
        self.legacyId = try container.decodeIfPresent(String.self, forKey: "legacyId")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encodeIfPresent(self.login, forKey: "login")
        try container.encodeIfPresent(self.legacyId, forKey: "legacyId")
    }
}
