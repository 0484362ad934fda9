/// - Remark: Generated from `#/components/schemas/Status`.
public nonisolated enum Status: RawRepresentable, Codable, Hashable, Sendable {
    case available
    case pending
    case sold
    /// A value the document does not list.
    case unknown(String)

    public init(rawValue: String) {
        switch rawValue {
        case "available": self = .available
        case "pending": self = .pending
        case "sold": self = .sold
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .available: "available"
        case .pending: "pending"
        case .sold: "sold"
        case .unknown(let value): value
        }
    }
}
