public import Lowering
public import Source

/// One file of a generated module.
public struct GeneratedFile: Sendable, Hashable {
    /// `Types.swift`.
    public var name: String
    public var contents: String
}

/// Renders a module's fixed file set from the templates.
public enum Renderer {
    /// The families of files every module gets, in this order; with `shards` above 1 each but `Support` is
    /// several files (`Shards.fileNames(count:)`, in the same order as `render` returns them).
    public static let files = Shards.families + ["Support"]

    /// The files of a module. The set is fixed by the shard count, so that build systems can name them before a
    /// run: a file whose mode is left out, or a shard that nothing lands in, holds only the header and a line
    /// saying so.
    public static func render(_ module: Module, templates: TemplateSet, options: RenderOptions = .init()) throws(Diagnostic) -> [GeneratedFile] {
        var module = module
        if !options.generatesOperations {
            module.operations = []
            module.securitySchemes = []
        }
        let templates = templates.specialized(for: options.access)
        let context = ContextBuilder(module: module, options: options).build()
        let count = max(1, min(options.shards, Shards.maximum))
        let shards = (0..<count).map { context.shard($0, of: count) }
        let jobs: [(family: String, shard: Int)] = (0..<count).flatMap { shard in
            Shards.families.map { ($0, shard) } + (shard == 0 ? [("Support", 0)] : [])
        }
        // The files are independent: rendered on every core, then checked in their fixed order; each file's
        // imports get their access once every file's declarations are known (`ImportAccess`).
        let rendered = jobs.concurrentMap { job -> Result<(GeneratedFile, ImportAccess.PublicNames), Diagnostic> in
            let name = Shards.name(of: job.family, shard: job.shard) + ".swift"
            let shard = shards[job.shard]
            if let note = leftOut(job.family, options: options) ?? (count > 1 && shard.isEmpty(family: job.family) ? nothingLands(in: job.family) : nil) {
                return .success((GeneratedFile(name: name, contents: context.header + "\n// " + note + "\n"), .init()))
            }
            do throws(Diagnostic) {
                let text = tidy(try templates.renderBytes(job.family, .init(shard)))
                let names = options.access == .internal ? .init() : ImportAccess.names(in: text, access: options.access)
                return .success((GeneratedFile(name: name, contents: text), names))
            } catch {
                return .failure(error)
            }
        }
        let results = try rendered.map { result throws(Diagnostic) in try result.get() }
        return ImportAccess.apply(to: results.map(\.0), using: results.map(\.1), access: options.access)
    }

    /// The line of a shard that nothing lands in.
    private static func nothingLands(in family: String) -> String {
        let what = switch family {
        case "Types": "schema"
        case "Client": "client method"
        case "Server": "server route"
        default: "operation"
        }
        return "No \(what) of the document lands in this file. Each lands in one of a fixed set of files, by its name."
    }

    /// Why a file is not rendered, when its mode is left out.
    private static func leftOut(_ file: String, options: RenderOptions) -> String? {
        let modes = RenderOptions.Mode.allCases.filter(options.modes.contains).map(\.rawValue).joined(separator: ", ")
        switch file {
        case "Client" where !options.modes.contains(.client):
            return "No client: the modes are \(modes)."
        case "Server" where !options.modes.contains(.server):
            return "No server: the modes are \(modes)."
        case "Operations" where !options.generatesOperations:
            return "No request values or result enums: they belong to the client and the server, and the modes are \(modes)."
        case "Errors" where !options.generatesOperations:
            return "No error enums: they belong to the client and the server, and the modes are \(modes)."
        case "Support" where !options.generatesOperations:
            return "No credentials: they belong to the client and the server, and the modes are \(modes)."
        default:
            return nil
        }
    }

    /// Layout fixes that templates cannot express cleanly: no trailing spaces, no runs of blank lines, no blank
    /// line just inside braces, `{}` for an empty body, lines over 120 columns broken (`LineWrapping`), one final
    /// newline. Works on the rendered UTF-8 bytes: splitting a large file into `Character`s costs more than
    /// rendering it.
    ///
    /// Streams: each line is held back only until the next one shows whether it merges (`{` then `}`) or is
    /// dropped (a blank line before `}` or at the end), so no list of the file's lines is built. The held line
    /// is a range of the input (and whether a `}` was merged onto it), never a copy; the input is read through
    /// one unsafe buffer, since bounds-checked slices of it cost more than all the rest of this pass.
    ///
    /// The rendered bytes are consumed: they are released before the tidied bytes are copied into the `String`,
    /// so the three copies of a large file are never alive at once.
    static func tidy(_ bytes: consuming [UInt8]) -> String {
        var output: [UInt8] = []
        // Breaking long lines adds indentation: room for it, so the buffer is not doubled at the end.
        output.reserveCapacity(bytes.count + bytes.count / 4)
        bytes.withUnsafeBufferPointer { input in
            var lines = TidyLines(input: input)
            lines.run(into: &output)
        }
        _ = consume bytes
        return String(decoding: output, as: UTF8.self)
    }
}

/// `Renderer.tidy`'s pass over one file: its input, the line held back, and whether a doc comment's fenced code
/// block is open.
private struct TidyLines {
    private static let space = UInt8(ascii: " ")
    private static let openBrace = UInt8(ascii: "{")
    private static let closeBrace = UInt8(ascii: "}")
    private static let newline = UInt8(ascii: "\n")
    private static let fence = Array("/// ```".utf8)

    /// A line of the input without its trailing spaces, where its text starts after the indentation, and
    /// whether a `}` was merged after it (an empty body).
    private struct Line {
        var start: Int
        var bodyStart: Int
        var end: Int
        var closesBrace = false

        var isEmpty: Bool { start == end && !closesBrace }
    }

    private let input: UnsafeBufferPointer<UInt8>
    private var inCodeBlock = false

    init(input: UnsafeBufferPointer<UInt8>) {
        self.input = input
    }

    mutating func run(into output: inout [UInt8]) {
        // The last line kept and not yet written; nil before the first.
        var held: Line?
        var start = 0
        let count = input.count
        while start <= count {
            var end = start
            while end < count, input[end] != Self.newline { end += 1 }
            let line = line(from: start, to: end)
            start = end + 1
            if line.isEmpty {
                // No blank line first, after another, or just inside a brace.
                guard let previous = held, !previous.isEmpty, last(previous) != Self.openBrace else { continue }
            } else if input[line.bodyStart] == Self.closeBrace, held?.isEmpty == true {
                // No blank line just before a closing brace. The line before a blank one never ends in `{`.
                held = nil
            }
            if line.end - line.bodyStart == 1, input[line.bodyStart] == Self.closeBrace, var previous = held, last(previous) == Self.openBrace {
                previous.closesBrace = true
                held = previous
                continue
            }
            if let previous = held { write(previous, into: &output) }
            held = line
        }
        if let last = held, !last.isEmpty { write(last, into: &output) }
    }

    /// The line between `start` and the line break at `end`, its trailing spaces dropped.
    private func line(from start: Int, to end: Int) -> Line {
        var end = end
        while end > start, input[end - 1] == Self.space { end -= 1 }
        var bodyStart = start
        while bodyStart < end, input[bodyStart] == Self.space { bodyStart += 1 }
        return Line(start: start, bodyStart: bodyStart, end: end)
    }

    /// The last byte of a line that is not empty.
    private func last(_ line: Line) -> UInt8 {
        line.closesBrace ? Self.closeBrace : input[line.end - 1]
    }

    private mutating func write(_ line: Line, into output: inout [UInt8]) {
        let text = UnsafeBufferPointer(rebasing: input[line.start..<line.end])
        if UnsafeBufferPointer(rebasing: input[line.bodyStart..<line.end]).starts(with: Self.fence) { inCodeBlock.toggle() }
        if text.count + (line.closesBrace ? 1 : 0) > LineWrapping.limit {
            var long = Array(text)
            if line.closesBrace { long.append(Self.closeBrace) }
            for wrapped in LineWrapping.wrap(long[...], inCodeBlock: inCodeBlock) {
                output.append(contentsOf: wrapped)
                output.append(Self.newline)
            }
        } else {
            output.append(contentsOf: text)
            if line.closesBrace { output.append(Self.closeBrace) }
            output.append(Self.newline)
        }
    }
}
