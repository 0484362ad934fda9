// Runs against the module generated from defaults.yaml: an object with every key absent decodes with each
// default that fits in place, and null where the default is null; named keys and extra keys each travel once.
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
let labels = try JSONDecoder().decode(Labels.self, from: Data(#"{"env": "prod", "tier": "web"}"#.utf8))
precondition(labels.team == "core" && labels.additionalProperties == ["env": "prod", "tier": "web"])
let named = try JSONDecoder().decode(Labels.self, from: Data(#"{"team": "edge", "env": "dev"}"#.utf8))
precondition(named.team == "edge" && named.additionalProperties == ["env": "dev"])
let encoder = JSONEncoder()
encoder.outputFormatting = .sortedKeys
let json = String(decoding: try encoder.encode(named), as: UTF8.self)
precondition(json == #"{"env":"dev","team":"edge"}"#)
print("ok")
