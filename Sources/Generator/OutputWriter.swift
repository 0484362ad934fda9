import Foundation
import Rendering
import Source

/// Writes a module's files under `<root>/<Module>/` (or `<root>/` when flat), touching only files whose content changed, and diffs them
/// against what is on disk for check mode. File names are fixed and module names are identifiers, so nothing
/// is ever written outside the root.
public struct OutputWriter: Sendable {
    public var root: String
    /// Files go straight into `root`, without a module folder.
    public var flat: Bool

    public init(root: String, flat: Bool = false) {
        self.root = root
        self.flat = flat
    }

    public func path(module: String, file: String) -> String {
        ((flat ? root : (root as NSString).appendingPathComponent(module)) as NSString).appendingPathComponent(file)
    }

    /// Writes the file if its content differs; whether it did.
    public func write(_ file: GeneratedFile, module: String) throws -> Bool {
        let path = path(module: module, file: file.name)
        if let existing = FileBytes.read(path: path), Self.same(existing, file.contents) { return false }
        let data = Data(file.contents.utf8)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        return true
    }

    /// Shard files gen wrote into a module's folder before and no longer writes, because the shard count went
    /// down (`Types5.swift` after `shards: 4`). Only a file named as a shard and starting with gen's header is
    /// one: nothing else in the folder is touched.
    public func leftoverShards(module: String, keeping names: [String]) -> [String] {
        let folder = flat ? root : (root as NSString).appendingPathComponent(module)
        let kept = Set(names)
        let shardNames = Set(Shards.fileNames(count: Shards.maximum).map { $0 + ".swift" })
        let present = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return present.sorted().filter { shardNames.contains($0) && !kept.contains($0) }.map {
            (folder as NSString).appendingPathComponent($0)
        }.filter { path in
            FileBytes.read(path: path).map { $0.starts(with: Array(Renderer.headerPrefix.utf8)) } ?? false
        }
    }

    /// The unified diff from the file on disk to the generated one, or `nil` when they are equal.
    public func diff(_ file: GeneratedFile, module: String) -> String? {
        let path = path(module: module, file: file.name)
        let bytes = FileBytes.read(path: path)
        if let bytes, Self.same(bytes, file.contents) { return nil }
        let existing = bytes.map { String(decoding: $0, as: UTF8.self) }
        return UnifiedDiff.diff(
            old: existing ?? "", new: file.contents, oldName: existing == nil ? "/dev/null" : path,
            newName: path + " (generated)")
    }

    /// Whether a file on disk holds exactly the generated text, compared as bytes in one `memcmp`: the
    /// generic `elementsEqual` over a `String`'s UTF-8 took a tenth of a whole run regenerating stripe over its
    /// last output, and `String`'s `==` compares by Unicode rules, not bytes.
    static func same(_ bytes: [UInt8], _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            bytes.withUnsafeBufferPointer { existing in
                existing.count == utf8.count
                    && (utf8.isEmpty || memcmp(existing.baseAddress!, utf8.baseAddress!, utf8.count) == 0)
            }
        }
    }
}
