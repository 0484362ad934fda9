// Runs against the module generated from streams.yaml: a stream of events written the way the server writes
// it and read back the way the client reads it, value by value; a value that breaks the document fails the
// reading at that value, after the ones before it.
import Foundation
@_spi(Generated) import GenRuntime
import OpenAPIRuntime

let events = [ServerSentEventWithJSONData(event: "token", data: Token(text: "Hel"), id: "1"), .init(data: Token(text: "lo"))]
let body = Wire.events(BodyStream(events))
var read: [ServerSentEventWithJSONData<Token>] = []
for try await event in Wire.events(from: body, as: Token.self) { read.append(event) }
precondition(read == events, "\(read)")

let lines = Wire.jsonLines(BodyStream([Token(text: "ok"), Token(text: "too long")]))
var tokens: [Token] = []
do {
    for try await token in Wire.jsonLines(from: lines, as: Token.self) { tokens.append(token) }
    fatalError("a token longer than 5 was read")
} catch let failure as ValidationFailure {
    precondition(failure.rule == "maxLength" && tokens == [Token(text: "ok")], "\(failure), \(tokens)")
}

// A form body: exploded `form` by default, `encoding`'s style where it gives one, `deepObject` for a nested field.
let form = SendFormBody(name: "Rex & co", tags: ["a", "b"], owner: .init(id: 7))
let text = try Wire.formText(form, styles: ["tags": (.pipeDelimited, false), "owner": (.deepObject, true)])
precondition(text == "name=Rex%20%26%20co&tags=a%7Cb&owner%5Bid%5D=7", text)
let readBack = try Wire.form(Data(text.utf8), as: SendFormBody.self, styles: ["tags": (.pipeDelimited, false), "owner": (.deepObject, true)])
precondition(readBack == form, "\(readBack)")

// A multipart body: a part per property, in order; the file's type from `encoding`, a list as a part per item.
let upload = try Wire.multipart(UploadBody(file: MultipartFile(Data("a,b\n".utf8), filename: "t.csv"), label: "x", sizes: [1, 2]), partTypes: ["file": "text/csv"])
let uploaded = try await Data(collecting: upload.body, upTo: 1 << 16)
let boundary = String(upload.contentType.split(separator: "=")[1])
let wire = String(decoding: uploaded, as: UTF8.self).replacingOccurrences(of: boundary, with: "B")
let expected = "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.csv\"\r\nContent-Type: text/csv\r\n\r\na,b\n\r\n"
    + "--B\r\nContent-Disposition: form-data; name=\"label\"\r\n\r\nx\r\n"
    + "--B\r\nContent-Disposition: form-data; name=\"sizes\"\r\n\r\n1\r\n--B\r\nContent-Disposition: form-data; name=\"sizes\"\r\n\r\n2\r\n--B--\r\n"
precondition(wire == expected, wire)
let received = try Wire.multipart(uploaded, contentType: upload.contentType, as: UploadBody.self)
precondition(received.label == "x" && received.sizes == [1, 2] && received.file.filename == "t.csv", "\(received)")
let file = try await received.file.data()
precondition(file == Data("a,b\n".utf8), "\(file)")

// The client asks for every media type by default, in the document's order.
precondition(CompleteMediaType.allCases.map(\.rawValue) == ["application/json", "text/event-stream"])
print("ok")
