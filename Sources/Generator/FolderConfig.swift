import Foundation
import OpenAPI
import YAML

/// `gen.yaml` beside the specs: settings per document, keyed by file name.
///
/// ```yaml
/// liveavatar.yaml:
///   module: LiveAvatar
/// ```
public struct FolderConfig: Sendable {
    /// Settings for one document.
    public struct Entry: Sendable {
        /// The Swift module name, instead of the one made from the file name.
        public var module: String?
    }

    public var entries: [String: Entry] = [:]

    public static let fileName = "gen.yaml"

    /// Where a folder's config is.
    public static func path(folder: String) -> String {
        (folder as NSString).appendingPathComponent(fileName)
    }

    /// Reads a config file; a missing file is an empty config.
    public static func load(path: String) -> (FolderConfig, [Diagnostic]) {
        guard FileManager.default.fileExists(atPath: path) else { return (FolderConfig(), []) }
        let file: SourceFile
        do {
            file = try DocumentLoader.parse(path: path)
        } catch {
            return (FolderConfig(), [error])
        }
        var config = FolderConfig()
        var diagnostics: [Diagnostic] = []
        guard let root = file.root else { return (config, []) }
        guard let pairs = root.pairs else {
            return (config, [.error("expected a mapping of document file names to settings", file: path, at: root.start)])
        }
        for pair in pairs {
            guard let name = pair.key.string else { continue }
            guard let settings = pair.value.pairs else {
                diagnostics.append(.error("expected the settings of '\(name)' to be a mapping", file: path, at: pair.value.start))
                continue
            }
            var entry = Entry()
            for setting in settings {
                switch setting.key.string {
                case "module":
                    guard let module = setting.value.string, isIdentifier(module) else {
                        diagnostics.append(.error("'module' must be a Swift identifier", file: path, at: setting.value.start))
                        continue
                    }
                    entry.module = module
                default:
                    diagnostics.append(.warning("unknown setting '\(setting.key.string ?? "")' is ignored", file: path, at: setting.key.start))
                }
            }
            config.entries[name] = entry
        }
        return (config, diagnostics)
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)) }
    }
}
