import Foundation
import OpenAPIRuntime

/// Streamed bodies, both ways: JSON Lines, JSON Sequence and Server-Sent Events, value by value as they arrive
/// (OpenAPIRuntime frames them), and the bytes of binary bodies as they are. Nothing here collects a body.
@_spi(Generated)
extension Wire {
    // MARK: Reading

    /// The values of a JSON Lines body (`application/jsonl`, `application/x-ndjson`), decoded as they arrive.
    public static func jsonLines<Value: Decodable & Sendable>(from body: HTTPBody?, as type: Value.Type) -> BodyStream<
        Value
    > {
        BodyStream(JSONLinesDeserializationSequence(upstream: body ?? HTTPBody())) { line in
            try element(Value.self, from: line)
        }
    }

    /// The values of a JSON Lines body, each checked against the document's rules.
    public static func jsonLines<Value: Decodable & Validatable & Sendable>(from body: HTTPBody?, as type: Value.Type)
        -> BodyStream<Value>
    {
        BodyStream(JSONLinesDeserializationSequence(upstream: body ?? HTTPBody())) { line in
            try checked(element(Value.self, from: line))
        }
    }

    /// The values of a JSON Sequence body (`application/json-seq`, RFC 7464), decoded as they arrive.
    public static func jsonSequence<Value: Decodable & Sendable>(from body: HTTPBody?, as type: Value.Type)
        -> BodyStream<Value>
    {
        BodyStream(JSONSequenceDeserializationSequence(upstream: body ?? HTTPBody())) { record in
            try element(Value.self, from: record)
        }
    }

    /// The values of a JSON Sequence body, each checked against the document's rules.
    public static func jsonSequence<Value: Decodable & Validatable & Sendable>(
        from body: HTTPBody?, as type: Value.Type
    ) -> BodyStream<Value> {
        BodyStream(JSONSequenceDeserializationSequence(upstream: body ?? HTTPBody())) { record in
            try checked(element(Value.self, from: record))
        }
    }

    /// The events of a `text/event-stream` body whose `data` is JSON, decoded as they arrive; an event without
    /// `data` has `nil`.
    public static func events<Value: Decodable & Hashable & Sendable>(
        from body: HTTPBody?, as type: Value.Type
    ) -> BodyStream<ServerSentEventWithJSONData<Value>> {
        BodyStream((body ?? HTTPBody()).asDecodedServerSentEvents()) { event in try jsonEvent(event, as: Value.self) }
    }

    /// The events of a `text/event-stream` body whose `data` is JSON, each checked against the document's rules.
    public static func events<Value: Decodable & Hashable & Validatable & Sendable>(
        from body: HTTPBody?, as type: Value.Type
    ) -> BodyStream<ServerSentEventWithJSONData<Value>> {
        BodyStream((body ?? HTTPBody()).asDecodedServerSentEvents()) { event in
            let decoded = try jsonEvent(event, as: Value.self)
            if let data = decoded.data { _ = try checked(data) }
            return decoded
        }
    }

    /// The events of a `text/event-stream` body whose `data` is text.
    public static func events(from body: HTTPBody?) -> BodyStream<ServerSentEvent> {
        BodyStream((body ?? HTTPBody()).asDecodedServerSentEvents()) { $0 }
    }

    /// A binary body as it arrives; an empty one when there is none.
    public static func bytes(_ body: HTTPBody?) -> HTTPBody { body ?? HTTPBody() }

    private static func element<Value: Decodable>(_ type: Value.Type, from bytes: ArraySlice<UInt8>)
        throws(ValidationFailure) -> Value
    {
        do {
            return try decoder.decode(Value.self, from: Data(bytes))
        } catch {
            throw ValidationFailure(
                location: "body", name: "body", rule: "schema",
                message: "has a value that does not match the document: \(error)")
        }
    }

    private static func checked<Value: Validatable>(_ value: Value) throws(ValidationFailure) -> Value {
        try value.validate(at: "")
        return value
    }

    private static func jsonEvent<Value: Decodable>(_ event: ServerSentEvent, as type: Value.Type)
        throws(ValidationFailure) -> ServerSentEventWithJSONData<Value>
    {
        let data = try event.data.map { text throws(ValidationFailure) in
            try element(Value.self, from: ArraySlice(text.utf8))
        }
        return ServerSentEventWithJSONData(event: event.event, data: data, id: event.id, retry: event.retry)
    }

    // MARK: Writing

    /// A stream of values as a JSON Lines body, each written when the stream yields it.
    public static func jsonLines<Value: Encodable>(_ stream: BodyStream<Value>) -> HTTPBody {
        streamed(JSONLinesSerializationSequence(upstream: BodyStream<ArraySlice<UInt8>>(stream) { try encoded($0) }))
    }

    /// A stream of values as a JSON Sequence body.
    public static func jsonSequence<Value: Encodable>(_ stream: BodyStream<Value>) -> HTTPBody {
        streamed(JSONSequenceSerializationSequence(upstream: BodyStream<ArraySlice<UInt8>>(stream) { try encoded($0) }))
    }

    /// A stream of events with JSON `data` as a `text/event-stream` body.
    public static func events<Value: Encodable>(_ stream: BodyStream<ServerSentEventWithJSONData<Value>>) -> HTTPBody {
        let events = BodyStream<ServerSentEvent>(stream) { event in
            let data = try event.data.map { value in String(decoding: try encoded(value), as: UTF8.self) }
            return ServerSentEvent(id: event.id, event: event.event, data: data, retry: event.retry)
        }
        return streamed(ServerSentEventsSerializationSequence(upstream: events))
    }

    /// A stream of events with text `data` as a `text/event-stream` body.
    public static func events(_ stream: BodyStream<ServerSentEvent>) -> HTTPBody {
        streamed(ServerSentEventsSerializationSequence(upstream: stream))
    }

    private static func encoded(_ value: some Encodable) throws(ValidationFailure) -> ArraySlice<UInt8> {
        do {
            return ArraySlice(try encoder.encode(value))
        } catch {
            throw ValidationFailure(
                location: "body", name: "body", rule: "type",
                message: "has a value that cannot be written as JSON: \(error)")
        }
    }

    private static func streamed<Bytes: AsyncSequence & Sendable>(_ bytes: Bytes) -> HTTPBody
    where Bytes.Element == ArraySlice<UInt8> {
        HTTPBody(bytes, length: .unknown, iterationBehavior: .single)
    }
}
