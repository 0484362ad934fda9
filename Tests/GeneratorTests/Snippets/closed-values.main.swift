// Runs against the module generated from closed-values.yaml: a boolean that must be true is checked on both
// sides, string values written unquoted keep the text they were written as, and enums of numbers with
// fractions, of objects and of mixed values read and write exactly the values the document lists.
import Foundation
import GenRuntime

let thing = DeletedThing(id: "a", deleted: true, ignoreCase: .true, version: ._10)
try thing.validate(at: "")
precondition(DeletedThing.IgnoreCase(rawValue: "false") == .false && DeletedThing.Version._10.rawValue == "1.0")

let data = try JSONEncoder().encode(DeletedThing(id: "a", deleted: false))
let decoded = try JSONDecoder().decode(DeletedThing.self, from: data)
do {
    try decoded.validate(at: "")
    fatalError("deleted: false was accepted")
} catch {
    precondition(error.name == "deleted" && error.rule == "enum" && error.message == "must be true", "got \(error)")
}
do {
    _ = try DeleteThingRequest(id: "a", confirm: false).httpRequest()
    fatalError("confirm=false was sent")
} catch {
    precondition(error.name == "confirm" && error.location == "query", "got \(error)")
}

// Values that are not strings or integers: each listed one is a case, anything else `unknown`.
let encoder = JSONEncoder()
encoder.outputFormatting = .sortedKeys
let listed = #"{"deleted":true,"game":{"id":3,"name":"CS:GO","tags":["moba"]},"id":"b","level":3,"mixed":2.0,"ports":{},"ratio":-0.25}"#
let read = try JSONDecoder().decode(DeletedThing.self, from: Data(listed.utf8))
precondition(read.game == .csGO && read.mixed == .some(._2) && read.ratio == .negative0_25 && read.level == ._3, "\(read)")
precondition(read.ports == .emptyObject && read.layout == nil, "\(read)")
let layouts = try JSONDecoder().decode([DeletedThing.Layout].self, from: Data(#"[[], [1, 2], {"a": 1}, [2, 1]]"#.utf8))
precondition(layouts == [.emptyArray, .array1, .object1, .unknown(.array([.int(2), .int(1)]))], "\(layouts)")
let written = String(decoding: try encoder.encode(read), as: UTF8.self)
precondition(written == listed.replacingOccurrences(of: "2.0", with: "2"), written)

let unlisted = #"{"deleted":true,"game":{"id":3},"id":"c","mixed":null,"ratio":7.5}"#
let other = try JSONDecoder().decode(DeletedThing.self, from: Data(unlisted.utf8))
precondition(other.game == .unknown(.object(["id": .int(3)])) && other.ratio == .unknown(7.5) && other.mixed == .some(nil), "\(other)")
precondition(DeletedThing(id: "d", deleted: true).ratio == ._1 && DeletedThing.Game.loL.rawValue == .object(["id": .int(1), "name": .string("LoL")]))

// In a query: a number enum as its number, a mixed one as the value it stands for.
let (request, _) = try DeleteThingRequest(id: "a", scale: ._1_5, kind: .x).httpRequest()
precondition(request.path?.hasSuffix("?scale=1.5&kind=x") == true, "\(request.path ?? "")")
print("ok")
