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

        public init(inputs: [String], output: String = "Generated", check: Bool = false, templates: String? = nil) {
            self.inputs = inputs
            self.output = output
            self.check = check
            self.templates = templates
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
        var modules: [String: String] = [:]
        var outputs: [(module: String, files: [GeneratedFile])] = []
        for spec in specs {
            if configs[spec.folder] == nil {
                let (config, diagnostics) = FolderConfig.load(folder: spec.folder)
                configs[spec.folder] = (config, false)
                report(diagnostics, source: nil, errors: &errors, warnings: &warnings)
            }
            let fileName = (spec.path as NSString).lastPathComponent
            let moduleName = configs[spec.folder]?.0.entries[fileName]?.module
            let result = Pipeline.generate(path: spec.path, moduleName: moduleName, templates: templates)
            report(result.diagnostics, source: result.source, errors: &errors, warnings: &warnings)
            if let other = modules[result.moduleName] {
                standardError("\(spec.path): error: module name '\(result.moduleName)' is also made from \(other); set another in \(FolderConfig.fileName)")
                errors += 1
                continue
            }
            modules[result.moduleName] = spec.path
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

    private func report(_ diagnostics: [Diagnostic], source: SourceText?, errors: inout Int, warnings: inout Int) {
        for diagnostic in diagnostics {
            standardError(DiagnosticFormatter.format(diagnostic, source: source))
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: break
            }
        }
    }
}
