import Foundation

/// Work handed to another thread while the caller goes on with its own, whose result the caller takes later.
/// Whichever comes first runs it: a helper queued on the global queue, or the caller when it asks for the
/// result before any helper has started. So the caller never waits on a helper that has no thread yet (all of
/// them busy with other documents), only on one that is running the work.
public final class SideJob<Value>: @unchecked Sendable {
    private let condition = NSCondition()
    private var work: (() -> Value)?
    private var value: Value?

    public init(_ work: @escaping () -> Value) {
        self.work = work
        DispatchQueue.global().async { self.runIfUnclaimed() }
    }

    /// The result, from the helper or, if none has started, computed here and now.
    public func result() -> Value {
        if let work = claim() { return work() }
        condition.lock()
        defer { condition.unlock() }
        while value == nil { condition.wait() }
        return value!
    }

    private func claim() -> (() -> Value)? {
        condition.lock()
        defer { condition.unlock() }
        let claimed = work
        work = nil
        return claimed
    }

    private func runIfUnclaimed() {
        guard let work = claim() else { return }
        let result = work()
        condition.lock()
        value = result
        condition.broadcast()
        condition.unlock()
    }
}
