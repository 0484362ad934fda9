/// - Remark: Generated from `#/components/schemas/Order`.
public nonisolated struct Order: Codable, Hashable, Sendable {
    public var shipping: Shipping? {
        get { _shipping.wrappedValue }
        set { _shipping.wrappedValue = newValue }
    }
    private var _shipping: Indirect<Shipping?>

    public init(shipping: Shipping? = nil) {
        self._shipping = Indirect(wrappedValue: shipping)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        self._shipping = Indirect(wrappedValue: try container.decodeIfPresent(Shipping.self, forKey: "shipping"))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encodeIfPresent(self.shipping, forKey: "shipping")
    }

    /// - Remark: Generated from `#/components/schemas/Order/properties/shipping`.
    public nonisolated struct Shipping: Codable, Hashable, Sendable {
        public var city: String?
        public var mode: Mode?

        public init(city: String? = nil, mode: Mode? = nil) {
            self.city = city
            self.mode = mode
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: DynamicCodingKey.self)
            self.city = try container.decodeIfPresent(String.self, forKey: "city")
            self.mode = try container.decodeIfPresent(Mode.self, forKey: "mode")
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: DynamicCodingKey.self)
            try container.encodeIfPresent(self.city, forKey: "city")
            try container.encodeIfPresent(self.mode, forKey: "mode")
        }

        /// - Remark: Generated from `#/components/schemas/Order/properties/shipping/properties/mode`.
        public nonisolated enum Mode: RawRepresentable, Codable, Hashable, Sendable {
            case ground
            case air
            /// A value the document does not list.
            case unknown(String)

            public init(rawValue: String) {
                switch rawValue {
                case "ground": self = .ground
                case "air": self = .air
                default: self = .unknown(rawValue)
                }
            }

            public var rawValue: String {
                switch self {
                case .ground: "ground"
                case .air: "air"
                case .unknown(let value): value
                }
            }
        }
    }
}
