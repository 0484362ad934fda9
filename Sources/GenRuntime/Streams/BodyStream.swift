import Foundation

/// The values of a streamed body, one at a time as they arrive: the events of `text/event-stream`, the lines of
/// `application/jsonl` or `application/x-ndjson`, the records of `application/json-seq`.
///
/// A client reads a streamed response with `for try await value in stream`; each value is decoded (and checked
/// against the document's rules) when it arrives, so the first one is there before the server has sent the
/// last. A server handler answers with any `AsyncSequence` of the values, wrapped: `BodyStream(sequence)`, or
/// `BodyStream([first, second])`; the stub writes each value as the sequence yields it, without buffering.
///
/// A stream is read once. Iterating throws when the connection breaks or a value does not match the document.
/// Two streams are equal when they are the same stream.
public struct BodyStream<Element: Sendable>: AsyncSequence, Sendable, Hashable {
    private let source: Source

    /// A stream of the values `sequence` yields.
    public init<Values: AsyncSequence & Sendable>(_ sequence: Values) where Values.Element == Element {
        source = Source { AsyncIterator(pull: Self.pull(sequence.makeAsyncIterator())) }
    }

    /// A stream of the given values.
    public init(_ values: some Sequence<Element> & Sendable) {
        source = Source {
            var iterator = values.makeIterator()
            return AsyncIterator(pull: { iterator.next() })
        }
    }

    /// A stream of the values `sequence` yields, each transformed as it arrives.
    init<Values: AsyncSequence & Sendable>(
        _ sequence: Values, transform: @escaping @Sendable (Values.Element) throws -> Element
    ) {
        source = Source {
            var iterator = sequence.makeAsyncIterator()
            return AsyncIterator(pull: {
                guard let value = try await iterator.next() else { return nil }
                return try transform(value)
            })
        }
    }

    /// An iterator over the values; a stream can be iterated once.
    public func makeAsyncIterator() -> AsyncIterator { source.makeIterator() }

    /// Whether two streams are the same stream (a stream is compared by identity, not by its values).
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.source === rhs.source }

    /// Hashes the stream's identity.
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(source)) }

    /// Pulls the values of one iterator of a sequence.
    private static func pull<Iterator: AsyncIteratorProtocol>(_ iterator: Iterator) -> () async throws -> Element?
    where Iterator.Element == Element {
        var iterator = iterator
        return { try await iterator.next() }
    }

    /// Yields a stream's values in order.
    public struct AsyncIterator: AsyncIteratorProtocol {
        fileprivate let pull: () async throws -> Element?

        /// The next value, or nil at the end of the body; throws when the body breaks or a value does not decode.
        public mutating func next() async throws -> Element? { try await pull() }
    }

    /// Makes the stream's iterator; one object per stream, so a stream's identity is its source's.
    private final class Source: Sendable {
        let makeIterator: @Sendable () -> AsyncIterator

        init(_ makeIterator: @escaping @Sendable () -> AsyncIterator) { self.makeIterator = makeIterator }
    }
}

@available(*, unavailable)
extension BodyStream.AsyncIterator: Sendable {}
