import Foundation
import Generator
import Source
import Testing

/// Runs the `gen` driver in process and keeps what it printed.
struct DriverRun {
    var exitCode: Int32
    var output: String
    var errors: String
}

extension DriverRun {
    init(_ options: Driver.Options) {
        final class Sink: @unchecked Sendable {
            var text = ""
        }
        let output = Sink()
        let errors = Sink()
        let code = Driver(
            options: options, standardOutput: { output.text += $0 + "\n" }, standardError: { errors.text += $0 + "\n" }
        ).run()
        self.init(exitCode: code.rawValue, output: output.text, errors: errors.text)
    }
}

/// Compares what `gen` printed with its committed golden file; `GEN_UPDATE_GOLDENS=1` rewrites the golden first.
func expectGolden(_ text: String, at golden: String, of name: String) throws {
    if ProcessInfo.processInfo.environment["GEN_UPDATE_GOLDENS"] == "1" {
        try text.write(toFile: golden, atomically: true, encoding: .utf8)
    }
    let expected = (try? String(contentsOfFile: golden, encoding: .utf8)) ?? ""
    let diff = UnifiedDiff.diff(old: expected, new: text, oldName: golden, newName: "gen stderr")
    #expect(diff == nil, "diagnostics of \(name) changed; rerun with GEN_UPDATE_GOLDENS=1 and review:\n\(diff ?? "")")
}
