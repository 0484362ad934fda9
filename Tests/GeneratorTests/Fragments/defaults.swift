/// - Remark: Generated from `#/components/schemas/Page`.
public nonisolated struct Page: Codable, Hashable, Sendable {
    public var size: Int
    public var order: Order

    public init(size: Int = 20, order: Order = .asc) {
        self.size = size
        self.order = order
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        self.size = try container.decodeIfPresent(Int.self, forKey: "size") ?? 20
        self.order = try container.decodeIfPresent(Order.self, forKey: "order") ?? .asc
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encode(self.size, forKey: "size")
        try container.encode(self.order, forKey: "order")
    }

    /// - Remark: Generated from `#/components/schemas/Page/properties/order`.
    public nonisolated enum Order: RawRepresentable, Codable, Hashable, Sendable {
        case asc
        case desc
        /// A value the document does not list.
        case unknown(String)

        public init(rawValue: String) {
            switch rawValue {
            case "asc": self = .asc
            case "desc": self = .desc
            default: self = .unknown(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .asc: "asc"
            case .desc: "desc"
            case .unknown(let value): value
            }
        }
    }
}
