/// How a module's code is spread over its files. The compiler type-checks and emits one file per job, so a file
/// that holds most of a module keeps a build on one core and in one process's memory: with a count above 1,
/// every family of files but `Support` is written as that many files (`Types.swift`, then `Shard2+Types.swift`
/// to `Shard8+Types.swift`), and each schema and operation lands in one shard by its name.
///
/// Shards are named shard first because the compiler's driver hands each job a run of consecutive files in
/// name order: a shard's five files sort together, so every run holds a slice of every family, where
/// `Types2.swift` … `Types8.swift` would sort together and give one job most of the types.
///
/// The set of files depends only on the count, never on the document, so a build plugin can name the files
/// before gen runs. A name's shard is a stable hash of it, so adding a schema changes only the file it lands
/// in; the count changing moves most declarations.
public enum Shards {
    /// The families written as shards, in the order of a module's files; `Support` follows them.
    public static let families = ["Types", "Operations", "Client", "Errors", "Server"]
    /// The most files per family: 16 is more cores than a laptop's compile uses.
    public static let maximum = 16
    /// The count for a document without one configured: one file per family under `largeDocumentBytes`, eight
    /// from there on. The build plugin applies the same rule (`Plugins/PluginInputs.swift`).
    public static let largeCount = 8
    public static let largeDocumentBytes = 512 * 1024

    /// The count for a document of this many bytes, when gen.yaml and the command line set none.
    public static func defaultCount(documentBytes: Int) -> Int {
        documentBytes < largeDocumentBytes ? 1 : largeCount
    }

    /// A module's files as family and shard, in order: the first shard's and `Support`, then each other shard's.
    static func files(count: Int) -> [(family: String, shard: Int)] {
        (0..<count).flatMap { shard in families.map { ($0, shard) } + (shard == 0 ? [("Support", 0)] : []) }
    }

    /// A module's files, without `.swift`, in the order of `files(count:)`.
    public static func fileNames(count: Int) -> [String] {
        files(count: count).map { name(of: $0.family, shard: $0.shard) }
    }

    /// `Types` for the first shard, `Shard2+Types` for the second.
    static func name(of family: String, shard: Int) -> String {
        shard == 0 ? family : prefix(shard) + "+" + family
    }

    /// What names a shard in its files and in the server's registration function: nothing for the first,
    /// `Shard2` for the second.
    static func prefix(_ shard: Int) -> String {
        shard == 0 ? "" : "Shard\(shard + 1)"
    }

    /// The shard a declaration named `name` lands in: FNV-1a over its UTF-8, which no run, platform or Swift
    /// version changes (`Hasher` is seeded per process).
    static func index(of name: String, count: Int) -> Int {
        guard count > 1 else { return 0 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(count))
    }
}

extension ModuleContext {
    /// What each shard's files see: the schemas and operations that land in it, and, in the first, the
    /// declarations that cannot be split (the client struct, the server protocol and its `registerHandlers`, the
    /// webhooks). The whole context alone for a count of 1. Each name is hashed once.
    func shards(count: Int) -> [ModuleContext] {
        guard count > 1 else { return [self] }
        let typeShards = types.map { Shards.index(of: $0.name, count: count) }
        let operationShards = operations.map { Shards.index(of: $0.name, count: count) }
        let landing = Set(operationShards)
        return (0..<count).map { index in
            var shard = self
            shard.types = zip(types, typeShards).filter { $0.1 == index }.map(\.0)
            shard.operations = zip(operations, operationShards).filter { $0.1 == index }.map(\.0)
            shard.primary = index == 0
            shard.shardName = Shards.prefix(index)
            if index == 0 {
                shard.otherShards = (1..<count).filter(landing.contains).map(Shards.prefix)
            } else {
                shard.requirements = []
                shard.webhooks = []
                shard.hasWebhooks = false
            }
            shard.allOperations = shard.operations + shard.webhooks
            return shard
        }
    }

    /// Whether a file of this shard would declare nothing, so it holds a line saying so instead. The first
    /// client and server files always declare their struct and protocol.
    func isEmpty(family: String) -> Bool {
        switch family {
        case "Types": types.isEmpty
        case "Operations", "Errors": allOperations.isEmpty
        default: !primary && operations.isEmpty
        }
    }
}
