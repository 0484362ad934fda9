import Foundation
import Source

/// Finds the documents a run covers: every `.yaml`, `.yml` and `.json` file directly in a folder (the folder
/// config `gen.yaml` excepted), or the files named.
public enum SpecDiscovery {
    /// A document and the folder whose `gen.yaml` applies to it.
    public struct Spec: Sendable, Hashable {
        public var path: String
        public var folder: String
    }

    public enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case empty(String)

        public var description: String {
            switch self {
            case .missing(let path): "no such file or folder: \(path)"
            case .empty(let path): "no OpenAPI documents (.yaml, .yml, .json) in \(path)"
            }
        }
    }

    public static let extensions: Set<String> = ["yaml", "yml", "json"]
    /// Documentation pages, read only when named (`DocumentPage.extensions` in the model stage).
    public static let pageExtensions: Set<String> = ["md", "markdown", "txt"]

    public static func specs(in inputs: [String]) throws(Failure) -> [Spec] {
        var result: [Spec] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw .missing(input)
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
                let found = names.filter { name in
                    extensions.contains(PathExtension.of(name)) && name != Configuration.fileName
                }.sorted()
                guard !found.isEmpty else { throw .empty(input) }
                let folder = input.hasSuffix("/") ? String(input.dropLast()) : input
                result += found.map { Spec(path: folder + "/" + $0, folder: folder) }
            } else {
                result.append(Spec(path: input, folder: (input as NSString).deletingLastPathComponent))
            }
        }
        return result
    }
}
