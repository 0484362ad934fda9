// Runs against the module generated from defaults.yaml: an object with every key absent decodes with each
// default that fits in place, and null where the default is null.
import Foundation
import GenRuntime

let settings = try JSONDecoder().decode(Settings.self, from: Data(#"{"level": 1}"#.utf8))
precondition(settings.note == nil)
precondition(settings.tags == [] && settings.names == ["a", "b"])
precondition(settings.limits == [:] && settings.weights == ["x": 1, "y": 2.5])
precondition(settings.modes == [.fast, .slow])
precondition(settings.options == Options(retries: 3, verbose: nil))
precondition(settings.owner == nil && settings.flag == nil && settings.size == nil && settings.kind == nil)
let owned = try JSONDecoder().decode(Settings.self, from: Data(#"{"level": 1, "owner": null, "required": {"id": "x"}}"#.utf8))
precondition(owned.owner == nil && owned.required?.id == "x")
print("ok")
