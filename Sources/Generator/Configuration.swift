import Foundation
import OpenAPI
public import Rendering
public import Source

/// `gen.yaml`: settings for the documents beside it, or for every document of a run given `--config`.
/// Settings at the top level apply to every document; a section named after a document's file replaces
/// them for that document, setting by setting. The Configuration article (Sources/GenRuntime/GenRuntime.docc) documents each key.
///
/// ```yaml
/// access: package
/// pipecat.yaml:
///   module: PipecatAPI
///   modes: [types, client]
/// ```
public struct Configuration: Sendable {
    /// The settings for one document; `nil` where the configuration says nothing.
    public struct Settings: Sendable {
        public var module: String?
        public var modes: Set<RenderOptions.Mode>?
        public var access: RenderOptions.Access?
        public var operations: [ConfiguredName]?
        public var tags: [ConfiguredName]?
        public var typeNames: [NameOverride]?
        public var methodNames: [NameOverride]?
        /// The templates folder, relative to the working directory.
        public var templates: String?
        public var maxBodyBytes: Int?
        /// Files per family (`Shards`); `nil` leaves it to the document's size.
        public var shards: Int?

        public init() {}

        /// These settings with every one that `other` sets taken from `other`. A filter is one setting:
        /// a section's `filter` replaces the shared one whole.
        func overridden(by other: Settings) -> Settings {
            var result = self
            if other.module != nil { result.module = other.module }
            if other.modes != nil { result.modes = other.modes }
            if other.access != nil { result.access = other.access }
            if other.operations != nil || other.tags != nil {
                (result.operations, result.tags) = (other.operations, other.tags)
            }
            if other.typeNames != nil { result.typeNames = other.typeNames }
            if other.methodNames != nil { result.methodNames = other.methodNames }
            if other.templates != nil { result.templates = other.templates }
            if other.maxBodyBytes != nil { result.maxBodyBytes = other.maxBodyBytes }
            if other.shards != nil { result.shards = other.shards }
            return result
        }

        /// What these settings ask of generating a document.
        public var options: GenerationOptions {
            var render = RenderOptions()
            if let modes { render.modes = modes }
            if let access { render.access = access }
            if let maxBodyBytes { render.maxBodyBytes = maxBodyBytes }
            if let shards { render.shards = shards }
            return GenerationOptions(
                operations: operations, tags: tags, typeNames: typeNames ?? [], methodNames: methodNames ?? [],
                render: render)
        }
    }

    public static let fileName = "gen.yaml"
    /// The extensions that make a top-level key a document's section rather than a setting: documents, and
    /// documentation pages that hold one (`DocumentPage.extensions` in the model stage).
    static let documentExtensions = SpecDiscovery.extensions.union(SpecDiscovery.pageExtensions)
    static let settingNames = ["module", "modes", "access", "filter", "names", "templates", "maxBodyBytes", "shards"]

    public var path: String
    /// The file's text, for diagnostics' source lines; `nil` when there is no file.
    public var source: SourceText?
    /// Settings for every document.
    public var shared = Settings()
    /// Sections by document file name, with where each is written.
    public var documents: [String: (settings: Settings, mark: Mark)] = [:]
    /// Whether a setting was refused: the documents it covers are not generated with a guess.
    public var hasErrors = false

    /// Where a folder's configuration is.
    public static func path(folder: String) -> String {
        (folder as NSString).appendingPathComponent(fileName)
    }

    /// The settings for a document, by its file name.
    public func settings(for documentFile: String) -> Settings {
        documents[documentFile].map { shared.overridden(by: $0.settings) } ?? shared
    }

    /// Reads a configuration file; a missing file is an empty configuration.
    public static func load(path: String) -> (Configuration, [Diagnostic]) {
        var config = Configuration(path: path)
        guard FileManager.default.fileExists(atPath: path) else { return (config, []) }
        let root: SourceValue
        do {
            let (value, text) = try DocumentLoader.loadValue(path: path)
            config.source = text
            guard let value else { return (config, []) }
            root = value
        } catch {
            config.hasErrors = true
            return (config, [error])
        }
        var reader = SettingsReader(file: path, folder: (path as NSString).deletingLastPathComponent)
        guard let pairs = root.entries else {
            reader.error("expected a mapping of settings and document sections", at: root)
            return (config, reader.diagnostics)
        }
        for pair in pairs {
            let key = pair.key.text ?? ""
            if isDocumentName(key) {
                guard let section = pair.value.entries else {
                    reader.error("the settings for '\(key)' must be a mapping", at: pair.value)
                    continue
                }
                config.documents[key] = (reader.settings(section, inSection: true), pair.key.start)
            } else {
                reader.read(pair, into: &config.shared, inSection: false)
            }
        }
        config.hasErrors = reader.diagnostics.hasErrors
        return (config, reader.diagnostics)
    }

    static func isDocumentName(_ key: String) -> Bool {
        documentExtensions.contains(PathExtension.of(key))
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy {
            $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil))
        }
    }
}

/// Reads settings from nodes, collecting a diagnostic at the node for anything it cannot use.
private struct SettingsReader {
    let file: String
    /// The configuration's folder, which relative paths in it start from.
    let folder: String
    var diagnostics: [Diagnostic] = []

    mutating func error(_ message: String, at node: SourceValue) {
        diagnostics.append(.error(message, file: file, at: node.start))
    }

    mutating func warning(_ message: String, at node: SourceValue) {
        diagnostics.append(.warning(message, file: file, at: node.start))
    }

    mutating func settings(_ pairs: [(key: SourceValue, value: SourceValue)], inSection: Bool) -> Configuration.Settings
    {
        var settings = Configuration.Settings()
        for pair in pairs { read(pair, into: &settings, inSection: inSection) }
        return settings
    }

    mutating func read(
        _ pair: (key: SourceValue, value: SourceValue), into settings: inout Configuration.Settings, inSection: Bool
    ) {
        let key = pair.key.text ?? ""
        let value = pair.value
        switch key {
        case "module":
            guard let module = value.text, value.isText, Configuration.isIdentifier(module) else {
                return error("'module' must be a Swift identifier, such as PetStore", at: value)
            }
            settings.module = module
        case "modes":
            settings.modes = modes(value)
        case "access":
            guard let text = value.text, let access = RenderOptions.Access(rawValue: text) else {
                return error("'access' must be public, package or internal", at: value)
            }
            settings.access = access
        case "filter":
            guard let pairs = value.entries else {
                return error("'filter' must be a mapping with 'operations' and/or 'tags'", at: value)
            }
            settings.operations = nil
            settings.tags = nil
            for pair in pairs {
                switch pair.key.text {
                case "operations":
                    settings.operations = strings(pair.value, setting: "filter.operations", what: "operationIds")
                case "tags": settings.tags = strings(pair.value, setting: "filter.tags", what: "tag names")
                default:
                    warning(
                        "unknown filter '\(pair.key.text ?? "")' is ignored; filters are operations and tags",
                        at: pair.key)
                }
            }
            if settings.operations == nil, settings.tags == nil { settings.operations = [] }
        case "names":
            guard let pairs = value.entries else {
                return error("'names' must be a mapping with 'types' and/or 'operations'", at: value)
            }
            for pair in pairs {
                switch pair.key.text {
                case "types": settings.typeNames = overrides(pair.value, setting: "names.types", what: "schema names")
                case "operations":
                    settings.methodNames = overrides(pair.value, setting: "names.operations", what: "operationIds")
                default:
                    warning(
                        "unknown kind of name '\(pair.key.text ?? "")' is ignored; names are given for types and operations",
                        at: pair.key)
                }
            }
        case "templates":
            guard let text = value.text, value.isText, !text.isEmpty else {
                return error("'templates' must be the path of a folder of .mustache files", at: value)
            }
            let path =
                (text as NSString).isAbsolutePath || folder.isEmpty
                ? text : (folder as NSString).appendingPathComponent(text)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                return error("no templates folder at '\(path)'", at: value)
            }
            settings.templates = path
        case "maxBodyBytes":
            guard case .int(let bytes) = value.content, bytes > 0 else {
                return error("'maxBodyBytes' must be a positive whole number of bytes", at: value)
            }
            settings.maxBodyBytes = bytes
        case "shards":
            guard case .int(let count) = value.content, (1...Shards.maximum).contains(count) else {
                return error(
                    "'shards' must be a whole number from 1 to \(Shards.maximum): the files each family of a module is written as",
                    at: value)
            }
            settings.shards = count
        default:
            if Configuration.isDocumentName(key) {
                return error(
                    "the section '\(key)' must be at the top level, not inside another document's", at: pair.key)
            }
            let sections = inSection ? "" : ", or a section named after a document file"
            warning(
                "unknown setting '\(key)' is ignored; settings are \(Configuration.settingNames.joined(separator: ", "))\(sections)",
                at: pair.key)
        }
    }

    private mutating func modes(_ value: SourceValue) -> Set<RenderOptions.Mode>? {
        let all = RenderOptions.Mode.allCases.map(\.rawValue).joined(separator: ", ")
        guard let items = value.items else {
            error("'modes' must be a list of: \(all)", at: value)
            return nil
        }
        guard !items.isEmpty else {
            error("'modes' must list at least one of: \(all)", at: value)
            return nil
        }
        var modes: Set<RenderOptions.Mode> = [.types]
        var listed: Set<RenderOptions.Mode> = []
        for item in items {
            guard let text = item.text, let mode = RenderOptions.Mode(rawValue: text) else {
                error("unknown mode '\(item.text ?? item.kindDescription)'; modes are \(all)", at: item)
                continue
            }
            if !listed.insert(mode).inserted { warning("mode '\(text)' is listed twice", at: item) }
            modes.insert(mode)
        }
        return modes
    }

    private mutating func strings(_ value: SourceValue, setting: String, what: String) -> [ConfiguredName]? {
        guard let items = value.items else {
            error("'\(setting)' must be a list of \(what)", at: value)
            return nil
        }
        return items.compactMap { item in
            guard let text = item.text, !item.isNull else {
                error("'\(setting)' must be a list of \(what); this is \(item.kindDescription)", at: item)
                return nil
            }
            return ConfiguredName(text, file: file, mark: item.start)
        }
    }

    private mutating func overrides(_ value: SourceValue, setting: String, what: String) -> [NameOverride]? {
        guard let pairs = value.entries else {
            error("'\(setting)' must be a mapping of \(what) to Swift names", at: value)
            return nil
        }
        return pairs.compactMap { pair in
            guard let from = pair.key.text else { return nil }
            guard let to = pair.value.text, pair.value.isText, Configuration.isIdentifier(to) else {
                error("the new name of '\(from)' must be a Swift identifier", at: pair.value)
                return nil
            }
            return NameOverride(from: ConfiguredName(from, file: file, mark: pair.key.start), to: to)
        }
    }
}

extension SourceValue {
    /// Whether the value is a scalar that means a string (`true`, `12` and `~` do not).
    fileprivate var isText: Bool {
        if case .string = content { return true }
        return false
    }

    fileprivate var isNull: Bool {
        if case .null = content { return true }
        return false
    }

    /// What the value is, for a message: `a mapping`, `a number`, …
    fileprivate var kindDescription: String {
        switch content {
        case .object: "a mapping"
        case .array: "a sequence"
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "a string"
        }
    }
}
