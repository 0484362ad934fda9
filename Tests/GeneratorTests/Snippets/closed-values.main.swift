// Runs against the module generated from closed-values.yaml: a boolean that must be true is checked on both
// sides, and string values written unquoted keep the text they were written as.
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
print("ok")
