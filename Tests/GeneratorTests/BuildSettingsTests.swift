import Foundation
import Generator
import Rendering
import TestSupport
import Testing

/// Generated code compiles in whatever target a user puts it in: every module of `specs/`, generated with each
/// access level, compiles to SIL (which runs the data-race checks) with 0 errors and 0 warnings under each build setting of `Tests/build-settings.tsv`
/// (Swift 5 and 6 modes, Xcode 26's default MainActor isolation and approachable concurrency, internal imports by
/// default, `ExistentialAny` with `MemberImportVisibility`, strict memory safety, warnings as errors). Public access
/// runs every setting; package and internal, the two strictest (Swift 6 and 5), since access changes only the
/// imports and modifiers those already hold; every module written as 4 shards (`Shards`), the strictest.
@Suite("Generated code compiles under every build setting")
struct BuildSettingsTests {
    /// One row of `Tests/build-settings.tsv`.
    struct Setting: Sendable {
        var name: String
        var flags: [String]
    }

    static func settings() throws -> [Setting] {
        let text = try String(contentsOfFile: PackagePaths.path("Tests/build-settings.tsv"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let columns = line.split(separator: "\t", maxSplits: 1)
            guard columns.count == 2 else { return nil }
            return Setting(name: String(columns[0]), flags: columns[1].split(separator: " ").map(String.init))
        }
    }

    /// Where the build put GenRuntime's, OpenAPIRuntime's and HTTPTypes' modules: beside the test binary.
    static var modulesFolder: String {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = binary.deletingLastPathComponent()
        // macOS runs the binary inside a .xctest bundle: Contents/MacOS/.
        while folder.path.contains(".xctest") { folder = folder.deletingLastPathComponent() }
        return folder.appendingPathComponent("Modules").path
    }

    /// One type-check: its name, and what swiftc printed when it found anything.
    struct Outcome: Sendable {
        var name: String
        var problems: String?
    }

    static func typecheck(module: String, files: [String], setting: Setting, access: RenderOptions.Access, shards: Int) -> Outcome {
        let name = "\(module), \(access.rawValue)\(shards > 1 ? ", \(shards) shards" : ""), \(setting.name)"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // SIL, not only -typecheck: data-race diagnostics (`sending` risks) come from the SIL passes.
        process.arguments = ["swiftc", "-emit-sil", "-wmo", "-o", "/dev/null", "-module-name", module, "-package-name", "GenBuildSettings", "-I", modulesFolder]
            + setting.flags + files
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return Outcome(name: name, problems: "swiftc did not start: \(error)")
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let found = output.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": warning: ") }
        guard process.terminationStatus != 0 || !found.isEmpty else { return Outcome(name: name, problems: nil) }
        return Outcome(name: name, problems: found.isEmpty ? output : found.prefix(20).joined(separator: "\n"))
    }

    @Test func everyModuleOfSpecsUnderEverySettingAndAccess() async throws {
        let settings = try Self.settings()
        #expect(settings.count >= 10, "Tests/build-settings.tsv lists only \(settings.count) settings")
        #expect(FileManager.default.fileExists(atPath: Self.modulesFolder + "/GenRuntime.swiftmodule"), "no GenRuntime module in \(Self.modulesFolder)")
        let scratch = NSTemporaryDirectory() + "gen-build-settings-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        do {
            var jobs: [(module: String, files: [String], setting: Setting, access: RenderOptions.Access, shards: Int)] = []
            let strictest = settings.filter { $0.name.hasPrefix("strictest") }
            let variants: [(access: RenderOptions.Access, shards: Int, settings: [Setting])] = [
                (.public, 1, settings), (.package, 1, strictest), (.internal, 1, strictest), (.public, 4, strictest.prefix(1).map { $0 }),
            ]
            for variant in variants {
                let output = "\(scratch)/\(variant.access.rawValue)-\(variant.shards)"
                let run = DriverRun(.init(inputs: [PackagePaths.path("specs")], output: output, access: variant.access, shards: variant.shards))
                #expect(run.exitCode == 0, "gen --access \(variant.access.rawValue) --shards \(variant.shards) failed:\n\(run.errors)")
                for module in try FileManager.default.contentsOfDirectory(atPath: output).sorted() {
                    let files = Shards.fileNames(count: variant.shards).map { "\(output)/\(module)/\($0).swift" }
                    for setting in variant.settings { jobs.append((module, files, setting, variant.access, variant.shards)) }
                }
            }
            #expect(jobs.count == 9 * (settings.count + 2 * 2 + 1), "\(jobs.count) type-checks: specs/ or the settings changed")
            let cores = ProcessInfo.processInfo.activeProcessorCount
            var outcomes: [Outcome] = []
            await withTaskGroup(of: Outcome.self) { group in
                var next = 0
                func start() {
                    guard next < jobs.count else { return }
                    let job = jobs[next]
                    next += 1
                    group.addTask { Self.typecheck(module: job.module, files: job.files, setting: job.setting, access: job.access, shards: job.shards) }
                }
                for _ in 0..<cores { start() }
                for await outcome in group {
                    outcomes.append(outcome)
                    start()
                }
            }
            #expect(outcomes.count == jobs.count)
            for outcome in outcomes.sorted(by: { $0.name < $1.name }) {
                if let problems = outcome.problems { Issue.record("\(outcome.name):\n\(problems)") }
            }
        }
    }
}
