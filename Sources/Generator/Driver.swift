import Foundation
public import Rendering
import Source

/// What a `gen` run does: generate every document, then write the files that changed or, in check mode,
/// report the ones that would.
public struct Driver {
    /// What to generate: types, client, server (`--modes`, `modes` in gen.yaml).
    public typealias Mode = RenderOptions.Mode
    /// The access level of generated declarations (`--access`, `access` in gen.yaml).
    public typealias Access = RenderOptions.Access

    public struct Options: Sendable {
        public var inputs: [String]
        public var output: String
        public var check: Bool
        public var templates: String?
        /// Diagnostics printed per document; the rest are counted in one note. `nil` prints all.
        public var maxDiagnostics: Int?
        /// A config file used for every document instead of the `gen.yaml` beside it.
        public var config: String?
        /// The module name for the one document of the run, over the config and the file name.
        public var module: String?
        /// The module name for the one document of the run when the configuration names none.
        public var defaultModule: String?
        /// Write the one document's files straight into `output`, without a module folder (the plugins do).
        public var flat: Bool
        /// The modes for every document, over the configuration.
        public var modes: Set<RenderOptions.Mode>?
        /// The access level for every document, over the configuration.
        public var access: RenderOptions.Access?
        /// Defects confined to one item are errors, not warnings with a fallback.
        public var strict: Bool
        /// Files per family for every document, over the configuration and the document's size (`Shards`).
        public var shards: Int?

        public init(
            inputs: [String], output: String = "Generated", check: Bool = false, templates: String? = nil,
            maxDiagnostics: Int? = 100,
            config: String? = nil, module: String? = nil, defaultModule: String? = nil, flat: Bool = false,
            modes: Set<RenderOptions.Mode>? = nil,
            access: RenderOptions.Access? = nil, strict: Bool = false, shards: Int? = nil
        ) {
            self.strict = strict
            self.shards = shards
            self.modes = modes
            self.defaultModule = defaultModule
            self.access = access
            self.inputs = inputs
            self.output = output
            self.check = check
            self.templates = templates
            self.maxDiagnostics = maxDiagnostics
            self.config = config
            self.module = module
            self.flat = flat
        }
    }

    /// Exit codes, as documented in the Getting started article (Sources/GenRuntime/GenRuntime.docc).
    public enum ExitCode: Int32, Sendable {
        case success = 0
        /// Errors in a document, or stale files in check mode.
        case failure = 1
        case usage = 2
    }

    /// The shard counts `--shards` and `shards` in gen.yaml take.
    public static let shardCounts = 1...Shards.maximum

    public var options: Options
    /// Where diffs and the list of written files go.
    public var standardOutput: (String) -> Void
    /// Where diagnostics and the summary go.
    public var standardError: (String) -> Void

    public init(options: Options, standardOutput: @escaping (String) -> Void, standardError: @escaping (String) -> Void)
    {
        self.options = options
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    private func generationOptions(_ settings: Configuration.Settings) -> GenerationOptions {
        var options = settings.options
        options.strict = self.options.strict
        return options
    }

    public func run() -> ExitCode {
        let specs: [SpecDiscovery.Spec]
        do {
            specs = try SpecDiscovery.specs(in: options.inputs)
        } catch {
            standardError("gen: error: \(error)")
            return .usage
        }
        if options.module != nil || options.defaultModule != nil || options.flat, specs.count != 1 {
            standardError(
                "gen: error: --module, --default-module and --flat need exactly one document; \(specs.count) given")
            return .usage
        }
        for (flag, module) in [("--module", options.module), ("--default-module", options.defaultModule)] {
            if let module, !Configuration.isIdentifier(module) {
                standardError("gen: error: \(flag) '\(module)' is not a Swift identifier")
                return .usage
            }
        }
        if let config = options.config, !FileManager.default.fileExists(atPath: config) {
            standardError("gen: error: no such config file: \(config)")
            return .usage
        }
        let defaultTemplates: TemplateSet
        do {
            defaultTemplates = try TemplateSet.load(overrides: options.templates)
        } catch {
            standardError(DiagnosticFormatter.format(error, source: nil))
            return .usage
        }
        var errors = 0
        var warnings = 0
        var coverage: Generation.Coverage?
        var configs: [String: Configuration] = [:]
        var templateSets: [String: TemplateSet] = [:]
        var modules: [String: (module: String, path: String)] = [:]
        var outputs: [(module: String, files: [GeneratedFile])] = []
        // First what each document needs (its configuration, settings and templates), then every document
        // generated on the machine's cores, then the results reported and written in the documents' order.
        var loaded: [String: (config: Configuration, diagnostics: [Diagnostic])] = [:]
        let prepared = specs.map { spec -> Prepared in
            let configPath = configPath(for: spec)
            if loaded[configPath] == nil { loaded[configPath] = Configuration.load(path: configPath) }
            let config = loaded[configPath]!.config
            guard !config.hasErrors else { return Prepared(configPath: configPath, job: nil, templateError: nil) }
            var settings = config.settings(for: (spec.path as NSString).lastPathComponent)
            if settings.module == nil { settings.module = options.defaultModule }
            if let module = options.module { settings.module = module }
            if let modes = options.modes { settings.modes = modes }
            if let access = options.access { settings.access = access }
            if let shards = options.shards { settings.shards = shards }
            if settings.shards == nil { settings.shards = Shards.defaultCount(documentBytes: Self.size(of: spec.path)) }
            do throws(Diagnostic) {
                let templates = try templateSet(
                    folder: options.templates == nil ? settings.templates : nil, default: defaultTemplates,
                    cache: &templateSets)
                return Prepared(
                    configPath: configPath,
                    job: Job(
                        path: spec.path, module: settings.module, templates: templates,
                        options: generationOptions(settings)),
                    templateError: nil)
            } catch {
                return Prepared(configPath: configPath, job: nil, templateError: error)
            }
        }
        let results = prepared.concurrentMap { prepared in
            prepared.job.map {
                Pipeline.generate(path: $0.path, moduleName: $0.module, templates: $0.templates, options: $0.options)
            }
        }
        for (spec, (prepared, result)) in zip(specs, zip(prepared, results)) {
            let configPath = prepared.configPath
            if configs[configPath] == nil, let (config, diagnostics) = loaded[configPath] {
                configs[configPath] = config
                report(diagnostics, sources: [config.source], file: configPath, errors: &errors, warnings: &warnings)
            }
            let config = configs[configPath]!
            if config.hasErrors {
                standardError("\(spec.path): note: not generated, because \(configPath) has errors")
                continue
            }
            if let error = prepared.templateError {
                report([error], sources: [], file: spec.path, errors: &errors, warnings: &warnings)
                continue
            }
            guard let result else { continue }
            if let documentCoverage = result.coverage {
                coverage = coverage?.adding(documentCoverage) ?? documentCoverage
            }
            report(
                result.diagnostics, sources: [result.source, config.source], file: spec.path, errors: &errors,
                warnings: &warnings)
            // Keyed without case: on a case-insensitive file system `Pet/` and `PET/` are one folder.
            let folderKey = result.moduleName.lowercased()
            if let other = modules[folderKey] {
                let same =
                    other.module == result.moduleName
                    ? "'\(other.module)'" : "'\(other.module)', which differs only in case,"
                standardError(
                    "\(spec.path): error: module name '\(result.moduleName)' clashes with \(same) made from \(other.path); set another in \(Configuration.fileName)"
                )
                errors += 1
                continue
            }
            modules[folderKey] = (result.moduleName, spec.path)
            if !result.files.isEmpty { outputs.append((result.moduleName, result.files)) }
        }
        for config in configs.values.sorted(by: { $0.path < $1.path }) {
            let unused = unusedSections(config, specs: specs)
            report(unused, sources: [config.source], file: config.path, errors: &errors, warnings: &warnings)
        }
        let writer = OutputWriter(root: options.output, flat: options.flat)
        var changed = 0
        for output in outputs {
            for path in writer.leftoverShards(module: output.module, keeping: output.files.map(\.name)) {
                if options.check {
                    standardError(
                        "\(path): error: stale; it is no longer generated; run `swift run gen \(options.inputs.joined(separator: " "))` to remove it"
                    )
                    changed += 1
                } else {
                    do {
                        try FileManager.default.removeItem(atPath: path)
                        standardOutput("removed \(path)")
                        changed += 1
                    } catch {
                        standardError("\(path): error: cannot remove: \(error.localizedDescription)")
                        errors += 1
                    }
                }
            }
            for file in output.files {
                let path = writer.path(module: output.module, file: file.name)
                if options.check {
                    if let diff = writer.diff(file, module: output.module) {
                        standardOutput(diff)
                        standardError(
                            "\(path): error: stale; run `swift run gen \(options.inputs.joined(separator: " "))` to update it"
                        )
                        changed += 1
                    }
                } else {
                    do {
                        if try writer.write(file, module: output.module) {
                            standardOutput("wrote \(path)")
                            changed += 1
                        }
                    } catch {
                        standardError("\(path): error: cannot write: \(error.localizedDescription)")
                        errors += 1
                    }
                }
            }
        }
        let verb = options.check ? "stale" : "written"
        // What was generated of what the documents declare: one look says whether anything is missing.
        let held = coverage.map {
            "; \($0.operations) of \($0.declaredOperations) operation\($0.declaredOperations == 1 ? "" : "s"), "
                + "\($0.schemas) of \($0.declaredSchemas) schema\($0.declaredSchemas == 1 ? "" : "s")"
        }
        standardError(
            "gen: \(specs.count) document\(specs.count == 1 ? "" : "s"), \(errors) error\(errors == 1 ? "" : "s"), "
                + "\(warnings) warning\(warnings == 1 ? "" : "s"), \(changed) file\(changed == 1 ? "" : "s") \(verb)"
                + (held ?? ""))
        return errors > 0 || (options.check && changed > 0) ? .failure : .success
    }

    /// A document's size in bytes, which sets its shard count when nothing else does; 0 when it cannot be read,
    /// which reading it will then report.
    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The configuration a document uses: `--config`, or the `gen.yaml` beside it.
    private func configPath(for spec: SpecDiscovery.Spec) -> String {
        options.config ?? Configuration.path(folder: spec.folder)
    }

    /// One document's generation, decided before any runs.
    private struct Job: Sendable {
        var path: String
        var module: String?
        var templates: TemplateSet
        var options: GenerationOptions
    }

    /// What a document needs, or why it is not generated: its configuration has errors (`job` and
    /// `templateError` are `nil`), or its templates do not load.
    private struct Prepared: Sendable {
        var configPath: String
        var job: Job?
        var templateError: Diagnostic?
    }

    /// The templates of a configuration's folder (or the run's, for `nil`), each folder parsed once per run;
    /// rendering writes them for the module's access level.
    private func templateSet(
        folder: String?, default defaultTemplates: TemplateSet, cache: inout [String: TemplateSet]
    ) throws(Diagnostic) -> TemplateSet {
        guard let folder else { return defaultTemplates }
        if let cached = cache[folder] { return cached }
        let templates = try TemplateSet.load(overrides: folder)
        cache[folder] = templates
        return templates
    }

    /// Sections of a configuration named after a document that is neither in the run nor beside the file.
    private func unusedSections(_ config: Configuration, specs: [SpecDiscovery.Spec]) -> [Diagnostic] {
        let folder = (config.path as NSString).deletingLastPathComponent
        let covered = Set(
            specs.filter { configPath(for: $0) == config.path }.map { ($0.path as NSString).lastPathComponent })
        return config.documents.sorted { $0.value.mark < $1.value.mark }.compactMap { name, section in
            guard !covered.contains(name),
                !FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(name))
            else { return nil }
            return .warning(
                "no document '\(name)' beside \(Configuration.fileName); its section is unused", file: config.path,
                at: section.mark)
        }
    }

    /// Prints a document's diagnostics up to the cap and counts them all. Each is shown with the line of
    /// whichever source it points into: the document's or its configuration's.
    private func report(
        _ diagnostics: [Diagnostic], sources: [SourceText?], file: String, errors: inout Int, warnings: inout Int
    ) {
        var hidden: (errors: Int, warnings: Int) = (0, 0)
        for (index, diagnostic) in diagnostics.enumerated() {
            let shown = options.maxDiagnostics.map { index < $0 } ?? true
            let source = sources.lazy.compactMap { $0 }.first { $0.path == diagnostic.file }
            if shown { standardError(DiagnosticFormatter.format(diagnostic, source: source)) }
            switch diagnostic.severity {
            case .error:
                errors += 1
                if !shown { hidden.errors += 1 }
            case .warning:
                warnings += 1
                if !shown { hidden.warnings += 1 }
            case .note: break
            }
        }
        if let limit = options.maxDiagnostics, diagnostics.count > limit {
            standardError(
                "\(file): note: \(diagnostics.count - limit) more diagnostics not shown (\(hidden.errors) error\(hidden.errors == 1 ? "" : "s"), "
                    + "\(hidden.warnings) warning\(hidden.warnings == 1 ? "" : "s")); --max-diagnostics 0 shows all")
        }
    }
}
