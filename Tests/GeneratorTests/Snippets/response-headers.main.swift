// Runs against the module generated from response-headers.yaml: headers become header fields and are read back,
// equal; a required one that is missing fails the reading with its name.
import Foundation
import GenRuntime
import HTTPTypes

let sent = ListItemsHeaders(link: "</items?page=2>; rel=\"next\"", xTotalCount: 41, xTags: ["a", "b"])
let fields = try sent.fields()
precondition(fields[HTTPField.Name("X-Total-Count")!] == "41" && fields[HTTPField.Name("X-Tags")!] == "a,b", "\(fields)")
precondition(fields[HTTPField.Name("Link")!] == "</items?page=2>; rel=\"next\"")
let received = try ListItemsHeaders(reading: fields)
precondition(received == sent, "\(received)")

do {
    _ = try ListItemsHeaders(reading: HTTPFields())
    fatalError("headers without X-Total-Count were read")
} catch {
    precondition(error.name == "X-Total-Count" && error.rule == "required", "got \(error)")
}

// A value that breaks the document's rules fails the reading too.
for (name, value, rule) in [("X-Total-Count", "-1", "minimum"), ("Link", "no-angle", "pattern")] {
    var broken = fields
    broken[HTTPField.Name(name)!] = value
    do {
        _ = try ListItemsHeaders(reading: broken)
        fatalError("\(name): \(value) was read")
    } catch {
        precondition(error.name == name && error.rule == rule && error.location == "header", "got \(error)")
    }
}

// A value that cannot be a header field is refused when it is written.
do {
    _ = try ListItemsHeaders(link: "<a\r\nb", xTotalCount: 1).fields()
    fatalError("a line break went into a header")
} catch {
    precondition(error.name == "Link", "got \(error)")
}

// The 503 and `default` responses share one response, so one struct.
let unavailable: ListItemsError = .serviceUnavailable(headers: ListItemsServiceUnavailableHeaders(retryAfter: 5))
let other: ListItemsError = .default(status: 502, headers: ListItemsServiceUnavailableHeaders(retryAfter: 1))
if case .serviceUnavailable(let headers) = unavailable, case .default(_, let more) = other {
    precondition(headers.retryAfter == 5 && more.retryAfter == 1)
}
print("ok")
