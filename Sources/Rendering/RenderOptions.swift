/// Settings that change what is rendered, from the configuration or the command line.
public struct RenderOptions: Sendable {
    /// The parts of the API a module holds. Types are always generated: client and server code use them.
    public enum Mode: String, Sendable, CaseIterable {
        case types, client, server
    }

    /// The access level of the declarations a generated module makes visible to its users.
    public enum Access: String, Sendable, CaseIterable {
        case `public`, `package`, `internal`

        /// The modifier as written before a declaration, with its space; internal is written as nothing.
        var modifier: String { self == .internal ? "" : rawValue + " " }
    }

    /// `GenRuntime`'s `ServerOptions.defaultMaxBodyBytes`: with this limit, `registerHandlers` defaults its options
    /// to `.init()`.
    public static let defaultMaxBodyBytes = 1 << 20

    /// Default for `ServerOptions.maxBodyBytes` in the generated server.
    public var maxBodyBytes: Int
    public var modes: Set<Mode>
    public var access: Access
    /// Files per family of the module (`Shards`): 1 writes `Types.swift` … `Support.swift`, 8 writes
    /// `Types.swift`, `Shard2+Types.swift` … `Shard8+Types.swift` and so on.
    public var shards: Int

    public init(
        maxBodyBytes: Int = RenderOptions.defaultMaxBodyBytes, modes: Set<Mode> = Set(Mode.allCases),
        access: Access = .public, shards: Int = 1
    ) {
        self.maxBodyBytes = maxBodyBytes
        self.modes = modes
        self.access = access
        self.shards = shards
    }

    /// Whether request types, error enums and credentials are needed: by the client, the server or both.
    var generatesOperations: Bool { modes.contains(.client) || modes.contains(.server) }
}
