import Foundation
import Lowering
import Rendering
import YAML

/// What a `gen` run does: generate every document, then write the files that changed or, in check mode,
/// report the ones that would.
public struct Driver {
    public struct Options: Sendable {
        public var inputs: [String]
        public var output: String
        public var check: Bool
        public var templates: String?
        /// Diagnostics printed per document; the rest are counted in one note. `nil` prints all.
        public var maxDiagnostics: Int?

        public init(
            inputs: [String], output: String = "Generated", check: Bool = false, templates: String? = nil, maxDiagnostics: Int? = 100
        ) {
            self.inputs = inputs
            self.output = output
            self.check = check
            self.templates = templates
            self.maxDiagnostics = maxDiagnostics
        }
    }

    /// Exit codes, as documented in README.md.
    public enum ExitCode: Int32, Sendable {
        case success = 0
        /// Errors in a document, or stale files in check mode.
        case failure = 1
        case usage = 2
    }

    public var options: Options
    /// Where diffs and the list of written files go.
    public var standardOutput: (String) -> Void
    /// Where diagnostics and the summary go.
    public var standardError: (String) -> Void

    public init(options: Options, standardOutput: @escaping (String) -> Void, standardError: @escaping (String) -> Void) {
        self.options = options
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    public func run() -> ExitCode {
        let specs: [SpecDiscovery.Spec]
        do {
            specs = try SpecDiscovery.specs(in: options.inputs)
        } catch {
            standardError("gen: error: \(error)")
            return .usage
        }
        let templates: TemplateSet
        do {
            templates = try TemplateSet.load(overrides: options.templates)
        } catch {
            standardError(DiagnosticFormatter.format(error, source: nil))
            return .usage
        }
        var errors = 0
        var warnings = 0
        var configs: [String: (FolderConfig, Bool)] = [:]
        var modules: [String: (module: String, path: String)] = [:]
        var outputs: [(module: String, files: [GeneratedFile])] = []
        for spec in specs {
            if configs[spec.folder] == nil {
                let (config, diagnostics) = FolderConfig.load(folder: spec.folder)
                configs[spec.folder] = (config, false)
                report(diagnostics, source: nil, file: spec.folder, errors: &errors, warnings: &warnings)
            }
            let fileName = (spec.path as NSString).lastPathComponent
            let moduleName = configs[spec.folder]?.0.entries[fileName]?.module
            let result = Pipeline.generate(path: spec.path, moduleName: moduleName, templates: templates)
            report(result.diagnostics, source: result.source, file: spec.path, errors: &errors, warnings: &warnings)
            // Keyed without case: on a case-insensitive file system `Pet/` and `PET/` are one folder.
            let folderKey = result.moduleName.lowercased()
            if let other = modules[folderKey] {
                let same = other.module == result.moduleName ? "'\(other.module)'" : "'\(other.module)', which differs only in case,"
                standardError(
                    "\(spec.path): error: module name '\(result.moduleName)' clashes with \(same) made from \(other.path); set another in \(FolderConfig.fileName)")
                errors += 1
                continue
            }
            modules[folderKey] = (result.moduleName, spec.path)
            if !result.files.isEmpty { outputs.append((result.moduleName, result.files)) }
        }
        let writer = OutputWriter(root: options.output)
        var changed = 0
        for output in outputs {
            for file in output.files {
                let path = writer.path(module: output.module, file: file.name)
                if options.check {
                    if let diff = writer.diff(file, module: output.module) {
                        standardOutput(diff)
                        standardError("\(path): error: stale; run `swift run gen \(options.inputs.joined(separator: " "))` to update it")
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
        standardError(
            "gen: \(specs.count) document\(specs.count == 1 ? "" : "s"), \(errors) error\(errors == 1 ? "" : "s"), "
                + "\(warnings) warning\(warnings == 1 ? "" : "s"), \(changed) file\(changed == 1 ? "" : "s") \(verb)")
        return errors > 0 || (options.check && changed > 0) ? .failure : .success
    }

    /// Prints a document's diagnostics up to the cap and counts them all.
    private func report(_ diagnostics: [Diagnostic], source: SourceText?, file: String, errors: inout Int, warnings: inout Int) {
        var hidden: (errors: Int, warnings: Int) = (0, 0)
        for (index, diagnostic) in diagnostics.enumerated() {
            let shown = options.maxDiagnostics.map { index < $0 } ?? true
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
