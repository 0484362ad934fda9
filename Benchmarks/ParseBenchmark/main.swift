// Times each stage for each file given, best of N runs: parse (libyaml events → node tree), decode (OpenAPI
// model), lower (IR), and render (Swift text, reported apart: the target is on parse → IR).
//
//   swift run -c release parse-benchmark [--repeat N] [--no-render] [--parse-only] FILE...
//
// Prints one line per file: bytes, milliseconds per stage, and parse → IR in total.
import Foundation
import Lowering
import OpenAPI
import Rendering
import Source
import YAML

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

var arguments = Array(CommandLine.arguments.dropFirst())
var repeats = 5
var renders = true
var parseOnly = false
if let index = arguments.firstIndex(of: "--parse-only") {
    parseOnly = true
    renders = false
    arguments.remove(at: index)
}
if let index = arguments.firstIndex(of: "--no-render") {
    renders = false
    arguments.remove(at: index)
}
if let index = arguments.firstIndex(of: "--repeat"), index + 1 < arguments.count {
    repeats = Int(arguments[index + 1]) ?? 5
    arguments.removeSubrange(index...(index + 1))
}
let templates = try TemplateSet.load()
print("file\tbytes\tparse_ms\tdecode_ms\tlower_ms\tparse_to_ir_ms\trender_ms")
for path in arguments {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
        exit(66)
    }
    let bytes = [UInt8](data)
    var best = (
        parse: Double.infinity, decode: Double.infinity, lower: Double.infinity, total: Double.infinity,
        render: Double.infinity
    )
    for _ in 0..<repeats {
        var file: SourceFile?
        var loaded: LoadedDocument?
        var module: Module?
        let parse = try milliseconds { file = try DocumentLoader.parse(SourceText(path: path, bytes: bytes)) }
        if parseOnly {
            best.parse = min(best.parse, parse)
            let events = try milliseconds { _ = try Composer.countEvents(SourceText(path: path, bytes: bytes)) }
            best.decode = min(best.decode, events)
            continue
        }
        let decode = milliseconds { loaded = DocumentLoader.decode(file!).0 }
        guard let loaded else { break }
        let lower = milliseconds { module = Lowering.lower(Resolver(main: loaded), moduleName: "Benchmark").0 }
        let render = renders ? try milliseconds { _ = try Renderer.render(module!, templates: templates) } : 0
        best = (
            min(best.parse, parse), min(best.decode, decode), min(best.lower, lower),
            min(best.total, parse + decode + lower), min(best.render, render)
        )
    }
    let name = (path as NSString).lastPathComponent
    print(
        String(
            format: "%@\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f", name, bytes.count, best.parse, best.decode, best.lower,
            best.total, best.render))
}
