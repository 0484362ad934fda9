/// - Remark: Generated from `#/components/schemas/Priority`.
public nonisolated enum Priority: RawRepresentable, Codable, Hashable, Sendable {
    case _1
    case _2
    case _3
    /// A value the document does not list.
    case unknown(Int)

    public init(rawValue: Int) {
        switch rawValue {
        case 1: self = ._1
        case 2: self = ._2
        case 3: self = ._3
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: Int {
        switch self {
        case ._1: 1
        case ._2: 2
        case ._3: 3
        case .unknown(let value): value
        }
    }
}
