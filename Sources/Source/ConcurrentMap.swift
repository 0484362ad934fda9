import Foundation

extension Array where Element: Sendable {
    /// `map` spread over the machine's cores, results in the elements' order, so output stays deterministic.
    /// For pure transforms of independent elements: each document, each type, each file.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return map(transform) }
        let slots = Slots<Result>(count: count)
        defer { slots.free() }
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.store(transform(self[index]), at: index)
            }
        }
        return slots.values()
    }
}

/// One slot per result; each iteration of `concurrentPerform` writes only its own, and all are read after
/// every iteration has ended, so the buffer needs no lock.
private struct Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    func store(_ value: Value, at index: Int) { buffer[index] = value }

    func values() -> [Value] { buffer.map { $0! } }

    func free() {
        _ = buffer.deinitialize()
        buffer.deallocate()
    }
}
