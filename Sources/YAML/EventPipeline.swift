import Foundation
import Source

/// What the composer reads events from: libyaml's parser directly, or through a thread of its own.
protocol EventSource: AnyObject {
    /// The next event; throws the parser's error as a diagnostic.
    func next() throws(Diagnostic) -> Event
}

extension EventReader: EventSource {}

/// Reads a large document's events on a thread of its own, in batches, a few batches ahead of the composer:
/// libyaml's parse is most of reading a document, and the node tree is built beside it instead of after each
/// event. The composer sees the same events and the same error, in the same order, as from `EventReader`.
///
/// The reader runs ahead by at most `capacity` batches, so a hostile document costs no more memory than from
/// `EventReader`; when the composer stops early (an error of its own, a limit), the reader stops at its next
/// batch. Errors creating the reader are thrown here, before any thread starts.
final class EventPipeline: EventSource {
    /// Documents from this size on are read through a pipeline; a thread costs more than it saves on small ones.
    static let minimumBytes = 256 << 10
    static let batchSize = 2048
    static let capacity = 8

    private let channel: Channel
    private var batch: [Event] = []
    private var position = 0

    init(source: SourceText) throws(Diagnostic) {
        let reader = Confined(reader: try EventReader(source: source))
        let channel = Channel(path: source.path)
        self.channel = channel
        Thread.detachNewThread { channel.fill(from: reader.reader) }
    }

    deinit {
        channel.close()
    }

    func next() throws(Diagnostic) -> Event {
        if position == batch.count {
            switch channel.take() {
            case .events(let events):
                batch = events
                position = 0
            case .failure(let error):
                throw error
            }
        }
        position += 1
        return batch[position - 1]
    }

    /// The reader, handed to the pipeline's thread, which alone uses it from then on.
    private struct Confined: @unchecked Sendable {
        let reader: EventReader
    }

    /// A batch of events, or the error that ended reading (after the events before it).
    private enum Item {
        case events([Event])
        case failure(Diagnostic)
    }

    /// The batches between the two threads, under one lock.
    private final class Channel: @unchecked Sendable {
        private let path: String
        private let condition = NSCondition()
        private var items: [Item] = []
        /// The reader has sent its last item: the stream's end, or an error.
        private var finished = false
        /// The composer is gone: the reader stops.
        private var closed = false

        init(path: String) {
            self.path = path
        }

        /// Reads events until the stream ends, an error stops it, or the composer is gone.
        func fill(from reader: EventReader) {
            var events: [Event] = []
            events.reserveCapacity(EventPipeline.batchSize)
            while true {
                do throws(Diagnostic) {
                    let event = try reader.next()
                    events.append(event)
                    if case .streamEnd = event.kind {
                        send(.events(events), last: true)
                        return
                    }
                    if events.count == EventPipeline.batchSize {
                        guard send(.events(events), last: false) else { return }
                        events = []
                        events.reserveCapacity(EventPipeline.batchSize)
                    }
                } catch {
                    if !events.isEmpty { _ = send(.events(events), last: false) }
                    send(.failure(error), last: true)
                    return
                }
            }
        }

        /// Queues an item once there is room; false when the composer is gone.
        @discardableResult
        private func send(_ item: Item, last: Bool) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            while items.count >= EventPipeline.capacity, !closed { condition.wait() }
            guard !closed else { return false }
            items.append(item)
            if last { finished = true }
            condition.broadcast()
            return true
        }

        /// The next item, once the reader has sent it.
        func take() -> Item {
            condition.lock()
            defer { condition.unlock() }
            while items.isEmpty, !finished { condition.wait() }
            guard !items.isEmpty else {
                // Only a composer that reads past the stream's end gets here.
                return .failure(.error("unexpected end of the YAML events", file: path, at: nil))
            }
            condition.broadcast()
            return items.removeFirst()
        }

        func close() {
            condition.lock()
            closed = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
