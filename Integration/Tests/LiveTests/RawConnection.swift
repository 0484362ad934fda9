import Foundation

/// A TCP connection to 127.0.0.1 that writes whatever bytes it is given, however wrong they are for HTTP,
/// and reads one response back: for the faults a well-behaved client never shows a server.
final class RawConnection: @unchecked Sendable {
    private let socket: Int32

    /// Connects to `port`; reads give up after `deadline` seconds without a byte.
    init(port: Int, deadline: Int = 10) throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EMFILE) }
        var timeout = timeval(tv_sec: deadline, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw POSIXError(.ECONNREFUSED)
        }
        self.socket = socket
    }

    deinit { close(socket) }

    /// Writes `bytes`; false once the server has closed its side.
    @discardableResult
    func write(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } == bytes.count
    }

    @discardableResult
    func write(_ text: String) -> Bool { write(Array(text.utf8)) }

    /// Ends the request side, as a client that goes away mid-body does; the response can still be read.
    func closeWrite() { shutdown(socket, Int32(SHUT_WR)) }

    /// The status, head and body of the response, read to its `Content-Length` or the end of the connection;
    /// status 0 when the connection ends, or the deadline passes, before a response head. The blocking reads
    /// run on a thread of their own: on the concurrency pool they would hold a thread the server's handlers
    /// need, with only two on this machine.
    func response() async -> (status: Int, head: String, body: String) {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: self.blockingResponse()) }.start()
        }
    }

    private func blockingResponse() -> (status: Int, head: String, body: String) {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        var headEnd: Int?
        var length: Int?
        while true {
            if let headEnd, let length, bytes.count >= headEnd + length { break }
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            bytes += buffer[0..<count]
            if headEnd == nil, let end = bytes.firstRange(of: [13, 10, 13, 10]) {
                headEnd = end.upperBound
                let head = String(decoding: bytes[..<end.lowerBound], as: UTF8.self).lowercased()
                length = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                    .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) }
            }
        }
        guard let headEnd else { return (0, "", "") }
        let head = String(decoding: bytes[..<headEnd], as: UTF8.self)
        let status = head.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return (status, head, String(decoding: bytes[headEnd...], as: UTF8.self))
    }
}
