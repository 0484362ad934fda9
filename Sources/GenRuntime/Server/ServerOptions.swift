/// Limits the generated server stubs enforce before a handler runs. Each request past one is answered with a
/// 4xx and a JSON `ValidationFailure` naming the limit as its `rule`, and the handler is not called:
///
/// | limit | default | answer |
/// |---|---|---|
/// | `maxHeaderCount` | 100 header fields | 431 |
/// | `maxHeaderBytes` | 16 KiB of names and values | 431 |
/// | `maxQueryBytes` | 8 KiB after the `?` | 414 |
/// | `maxBodyBytes` | 1 MiB | 413 |
/// | `maxJSONDepth` | 64 nested arrays and objects | 413 |
/// | `maxArrayElements` | 10,000 elements in one JSON array | 413 |
///
/// The JSON limits apply to a body collected as JSON (a `Content-Type` that is JSON, or none and a body that
/// starts with `[` or `{`), before it is decoded, so the decoder never builds what they refuse.
public struct ServerOptions: Sendable, Hashable {
    /// The body limit when nothing else is configured: 1 MiB.
    public static let defaultMaxBodyBytes = 1 << 20

    /// Request bodies longer than this are answered with 413.
    public var maxBodyBytes: Int
    /// Requests with more header fields than this are answered with 431.
    public var maxHeaderCount: Int
    /// Requests whose header names and values together are longer than this are answered with 431.
    public var maxHeaderBytes: Int
    /// Requests whose query (the bytes after `?`) is longer than this are answered with 414.
    public var maxQueryBytes: Int
    /// JSON bodies whose arrays and objects nest deeper than this are answered with 413.
    public var maxJSONDepth: Int
    /// JSON bodies with an array of more elements than this are answered with 413.
    public var maxArrayElements: Int

    /// Limits for the server stubs; each argument left out keeps its default.
    public init(
        maxBodyBytes: Int = ServerOptions.defaultMaxBodyBytes,
        maxHeaderCount: Int = 100,
        maxHeaderBytes: Int = 16 << 10,
        maxQueryBytes: Int = 8 << 10,
        maxJSONDepth: Int = 64,
        maxArrayElements: Int = 10_000
    ) {
        self.maxBodyBytes = maxBodyBytes
        self.maxHeaderCount = maxHeaderCount
        self.maxHeaderBytes = maxHeaderBytes
        self.maxQueryBytes = maxQueryBytes
        self.maxJSONDepth = maxJSONDepth
        self.maxArrayElements = maxArrayElements
    }
}
