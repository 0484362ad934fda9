import Foundation
import Generator

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
