// Runs against the module generated from nullable30.yaml: a required nullable property's nil is sent as null,
// and an optional nullable one (Int64??) tells an absent key from null, both ways.
import Foundation

let encoder = JSONEncoder()
encoder.outputFormatting = .sortedKeys
encoder.dateEncodingStrategy = .iso8601
let decoder = JSONDecoder()
decoder.dateDecodingStrategy = .iso8601
let at = Date(timeIntervalSince1970: 0)
func json(_ reading: Reading) throws -> String { String(decoding: try encoder.encode(reading), as: UTF8.self) }
func reading(_ text: String) throws -> Reading { try decoder.decode(Reading.self, from: Data(text.utf8)) }

let sent = [
    try json(Reading(at: at)), try json(Reading(at: at, count: .some(nil))), try json(Reading(value: 1.5, at: at, count: 2)),
]
precondition(
    sent == [
        #"{"at":"1970-01-01T00:00:00Z","value":null}"#, #"{"at":"1970-01-01T00:00:00Z","count":null,"value":null}"#,
        #"{"at":"1970-01-01T00:00:00Z","count":2,"value":1.5}"#,
    ], "\(sent)")
let read = [
    try reading(#"{"at":"1970-01-01T00:00:00Z","value":null}"#), try reading(#"{"at":"1970-01-01T00:00:00Z","value":null,"count":null}"#),
    try reading(#"{"at":"1970-01-01T00:00:00Z","count":3}"#),
]
precondition(read.map(\.count) == [nil, .some(nil), 3] && read[2] == Reading(at: at, count: 3), "\(read)")
print("ok")
