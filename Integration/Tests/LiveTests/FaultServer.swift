import Foundation

/// A TCP server on 127.0.0.1 that answers every connection with the same raw bytes, however wrong they are
/// for HTTP, then closes it, or, with `holdOpen`, keeps it open until the server stops. For the faults a
/// well-behaved server never shows a client: a body cut short, JSON that does not parse, a body that never ends.
final class FaultServer: @unchecked Sendable {
    let port: Int
    private let listener: Int32
    private let response: [UInt8]
    private let holdOpen: Bool
    private let lock = NSLock()
    private var open: [Int32] = []
    private let done = DispatchSemaphore(value: 0)

    init(response: [UInt8], holdOpen: Bool = false) throws {
        self.response = response
        self.holdOpen = holdOpen
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread { [self] in serve() }.start()
    }

    convenience init(_ text: String, holdOpen: Bool = false) throws {
        try self.init(response: Array(text.utf8), holdOpen: holdOpen)
    }

    var url: URL { URL(string: "http://127.0.0.1:\(port)")! }

    private func serve() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 { break }
            lock.withLock { open.append(connection) }
            // The request's head, so the client is done sending before the answer.
            var head: [UInt8] = []
            var byte: UInt8 = 0
            while !head.suffix(4).elementsEqual([13, 10, 13, 10]), recv(connection, &byte, 1, 0) == 1 { head.append(byte) }
            _ = response.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if !holdOpen {
                lock.withLock { open.removeAll { $0 == connection } }
                close(connection)
            }
        }
        done.signal()
    }

    /// Whether `closeConnections` ended a connection a client still held.
    var forcedClose: Bool { lock.withLock { forced } }
    private var forced = false
    private var stopped = false

    /// Closes every connection still open, as if the server went away.
    func closeConnections() {
        if closeOpen() { lock.withLock { forced = true } }
    }

    /// Closes the connections still open; whether there were any.
    private func closeOpen() -> Bool {
        let connections = lock.withLock {
            defer { open = [] }
            return open
        }
        for connection in connections {
            shutdown(connection, Int32(SHUT_RDWR))
            close(connection)
        }
        return !connections.isEmpty
    }

    /// Closes the listener and every connection still open; once, however often it is called.
    func stop() {
        let first = lock.withLock {
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        _ = closeOpen()
        done.wait()
    }
}
