/// A name a configuration file wrote (an operationId or tag to keep, a schema or operation to rename), and
/// where: a name that matches nothing in the document is reported at the configuration's own line.
public struct ConfiguredName: Sendable, Hashable {
    public var name: String
    public var file: String
    public var mark: Mark?

    public init(_ name: String, file: String, mark: Mark?) {
        self.name = name
        self.file = file
        self.mark = mark
    }
}

/// A name from the document and the Swift name a configuration gives it instead.
public struct NameOverride: Sendable, Hashable {
    public var from: ConfiguredName
    public var to: String

    public init(from: ConfiguredName, to: String) {
        self.from = from
        self.to = to
    }
}
