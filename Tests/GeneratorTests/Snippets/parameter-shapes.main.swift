// Runs against the module generated from parameter-shapes.yaml: a request with a value of every shape becomes an
// HTTP request on the client side and is read back, equal, on the server side.
import Foundation
import GenRuntime
import HTTPTypes
import OpenAPIRuntime

let sent = FindItemsRequest(
    ids: ["a b", "ü/2"], kind: "k&1", states: [.open, .closed, .unknown("later")], sizes: [1, -2], words: ["x", "y"],
    pipes: [._1, ._3], grid: [[1, 2], [], [3]], filter: .init(name: "n"), anything: .object(["a": .int(1)]),
    lines: [.init(quantity: 2), .init()], xTags: ["t1", "t2"], xShape: ["w": 1], mode: .fast)
let (request, body) = try sent.httpRequest()
precondition(body == nil)
let target = request.path ?? ""
let path = target.split(separator: "?", maxSplits: 1)[0].split(separator: "/", omittingEmptySubsequences: false)
precondition(path.count == 4 && path[1] == "items", "path \(target)")
precondition(path[2] == "a%20b,%C3%BC%2F2", "ids travel as one segment, joined by a bare comma: \(path[2])")
precondition(target.contains("states=open&states=closed&states=later"), "exploded lists repeat: \(target)")
precondition(target.contains("sizes=1,-2") && target.contains("words=x%20y") && target.contains("pipes=1%7C3"), "lists join: \(target)")
precondition(target.contains("grid=%5B%5B1%2C2%5D%2C%5B%5D%2C%5B3%5D%5D"), "arrays of arrays travel as JSON: \(target)")
precondition(target.contains("filter%5Bname%5D=n"), "deepObject brackets each property: \(target)")
precondition(target.contains("&a=1"), "an exploded form object spreads its properties: \(target)")
precondition(request.headerFields[HTTPField.Name("X-Tags")!] == "t1,t2")
precondition(request.headerFields[HTTPField.Name("X-Shape")!] == "w,1", "objects in simple style: names and values in turn")
precondition(request.headerFields[.cookie] == "mode=fast")

let metadata = ServerRequestMetadata(pathParameters: ["ids": path[2], "kind": path[3]])
let received = try FindItemsRequest(request: request, body: Data(), metadata: metadata, credentials: SnippetCredentials())
precondition(received == sent, "read back \(received), sent \(sent)")

// Absent optional parameters stay absent; a list parameter that is present but empty reads as empty.
let bare = FindItemsRequest(ids: ["only"], kind: "k")
let (bareRequest, _) = try bare.httpRequest()
precondition(bareRequest.path == "/items/only/k", "\(bareRequest.path ?? "")")
let bareBack = try FindItemsRequest(
    request: bareRequest, body: Data(), metadata: ServerRequestMetadata(pathParameters: ["ids": "only", "kind": "k"]), credentials: SnippetCredentials())
precondition(bareBack == bare)

// A value that is not of the declared shape is refused with the parameter's name.
var wrong = request
wrong.path = "/items/a/k?grid=%5B1%5D"
do {
    _ = try FindItemsRequest(request: wrong, body: Data(), metadata: ServerRequestMetadata(pathParameters: ["ids": "a", "kind": "k"]), credentials: SnippetCredentials())
    fatalError("a grid that is not an array of arrays was accepted")
} catch {
    precondition(error.name == "grid" && error.location == "query", "got \(error)")
}
// A value nested deeper than its style can write is refused before anything is sent.
do {
    _ = try FindItemsRequest(ids: ["a"], kind: "k", anything: .object(["a": .array([.int(1)])])).httpRequest()
    fatalError("a nested value in form style was sent")
} catch {
    precondition(error.name == "anything" && error.location == "query" && error.rule == "style", "got \(error)")
}
print("ok")
