import Foundation
import HTTPTypes
import OpenAPIRuntime

/// One input as a response to a generated client: `Module.operation STATUS`, header lines, an empty line and
/// the body (see `FuzzMessage`). The operation's sample call (`sampleCalls`) receives it and reads its whole
/// result, streams included. Whatever the bytes, the call ends in a value or one of its typed errors; a
/// crash, hang, leak or sanitizer report is a bug.

/// Answers every request with the input's response.
private struct Answer: ClientTransport {
    var status: Int
    var fields: HTTPFields
    var body: HTTPBody?

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        (HTTPResponse(status: .init(code: status), headerFields: fields), self.body)
    }
}

private let calls = Dictionary(uniqueKeysWithValues: sampleCalls.map { ("\($0.module).\($0.name)", $0) })

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let message = FuzzMessage(UnsafeBufferPointer(start: data, count: count))
    // Transports hand over three-digit statuses only.
    guard message.words.count == 2, let call = calls[message.words[0]], let status = Int(message.words[1]),
        (100...999).contains(status)
    else { return 0 }
    let answer = Answer(status: status, fields: message.fields, body: message.chunkedBody)
    runBlocking { await call.run(answer) }
    return 0
}
