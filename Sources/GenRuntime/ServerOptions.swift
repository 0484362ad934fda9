/// Limits the generated server stubs enforce before a handler runs.
public struct ServerOptions: Sendable, Hashable {
    /// The body limit when nothing else is configured: 1 MiB.
    public static let defaultMaxBodyBytes = 1 << 20

    /// Request bodies longer than this are answered with 413.
    public var maxBodyBytes: Int

    public init(maxBodyBytes: Int = ServerOptions.defaultMaxBodyBytes) {
        self.maxBodyBytes = maxBodyBytes
    }
}
