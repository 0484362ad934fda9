import Foundation

/// A bounded HTTP/1.1 load client: `connections` threads, each with one keep-alive connection to
/// 127.0.0.1, sending the traffic's requests in turn until the deadline and timing each exchange. Threads and
/// blocking sockets rather than an HTTP client library, so that the client spends little of the two cores
/// the server needs, and the same on every server it drives.
struct LoadClient {
    var port: Int
    var connections: Int

    /// What one round measured.
    struct Round {
        var seconds: Double
        var latencies: [UInt64]
        /// Exchanges that broke (connect, send, receive, an unreadable response) or got a status the
        /// traffic does not expect; `serverErrors` of them were 5xx.
        var errors: Int
        var serverErrors: Int
        var requestsPerSecond: Double { Double(latencies.count) / seconds }

        /// The latency at `fraction` (0.5, 0.99) in milliseconds.
        func percentile(_ fraction: Double) -> Double {
            guard !latencies.isEmpty else { return 0 }
            let index = min(latencies.count - 1, Int(Double(latencies.count) * fraction))
            return Double(latencies[index]) / 1e6
        }
    }

    func run(_ traffic: SeedTraffic, seconds: Double) -> Round {
        let results = Results()
        let group = DispatchGroup()
        let start = DispatchTime.now().uptimeNanoseconds
        let deadline = start + UInt64(seconds * 1e9)
        for index in 0..<connections {
            group.enter()
            let thread = Thread {
                results.add(Self.drive(port: port, traffic: traffic, first: index, until: deadline))
                group.leave()
            }
            thread.stackSize = 256 * 1024
            thread.start()
        }
        group.wait()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var round = results.round
        round.seconds = elapsed
        round.latencies.sort()
        return round
    }

    /// One connection's loop: request `first`, then the next, and so on, reconnecting after a broken exchange.
    private static func drive(port: Int, traffic: SeedTraffic, first: Int, until deadline: UInt64) -> Round {
        var round = Round(seconds: 0, latencies: [], errors: 0, serverErrors: 0)
        round.latencies.reserveCapacity(1 << 16)
        var connection: RawHTTPConnection?
        var next = first % traffic.requests.count
        while DispatchTime.now().uptimeNanoseconds < deadline {
            if connection == nil {
                connection = RawHTTPConnection(port: port)
                if connection == nil {
                    round.errors += 1
                    usleep(1000)
                    continue
                }
            }
            let request = traffic.requests[next]
            next = (next + 1) % traffic.requests.count
            let sent = DispatchTime.now().uptimeNanoseconds
            guard let (status, keepAlive) = connection?.exchange(request.bytes) else {
                round.errors += 1
                connection = nil
                continue
            }
            round.latencies.append(DispatchTime.now().uptimeNanoseconds - sent)
            if status >= 500 { round.serverErrors += 1 }
            if !request.expected.contains(status) { round.errors += 1 }
            if !keepAlive { connection = nil }
        }
        return round
    }

    /// The rounds of every thread, merged.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var round = Round(seconds: 0, latencies: [], errors: 0, serverErrors: 0)

        func add(_ part: Round) {
            lock.withLock {
                round.latencies += part.latencies
                round.errors += part.errors
                round.serverErrors += part.serverErrors
            }
        }
    }
}

/// One blocking keep-alive connection that sends a request's bytes and reads the response to its end.
final class RawHTTPConnection {
    private let socket: Int32
    private var buffer = [UInt8](repeating: 0, count: 16 * 1024)

    init?(port: Int) {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return nil }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var noDelay: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            return nil
        }
        self.socket = socket
    }

    deinit { close(socket) }

    /// The response's status, and whether the connection stays open; `nil` when the exchange broke.
    func exchange(_ request: [UInt8]) -> (status: Int, keepAlive: Bool)? {
        let sent = request.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent == request.count else { return nil }
        var received = 0
        var head: (end: Int, status: Int, length: Int, keepAlive: Bool)?
        while true {
            if let head, received >= head.end + head.length { return (head.status, head.keepAlive) }
            if received == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress! + received, $0.count - received, 0) }
            guard count > 0 else { return nil }
            received += count
            if head == nil {
                guard let parsed = Self.head(buffer[0..<received]) else { continue }
                // Hummingbird answers with a Content-Length; a chunked or unbounded body is not read here.
                guard let length = parsed.length else { return nil }
                head = (parsed.end, parsed.status, length, parsed.keepAlive)
            }
        }
    }

    /// The status, `Content-Length` and keep-alive of a response head, once `bytes` hold all of it.
    private static func head(_ bytes: ArraySlice<UInt8>) -> (end: Int, status: Int, length: Int?, keepAlive: Bool)? {
        guard let end = bytes.firstRange(of: [13, 10, 13, 10]) else { return nil }
        let text = String(decoding: bytes[..<end.lowerBound], as: UTF8.self)
        let lines = text.split(separator: "\r\n")
        guard let first = lines.first, let status = first.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return nil }
        var length: Int?
        var keepAlive = true
        for line in lines.dropFirst() {
            let lowered = line.lowercased()
            if lowered.hasPrefix("content-length:") { length = Int(lowered.dropFirst(15).trimmingCharacters(in: .whitespaces)) }
            if lowered.hasPrefix("connection:"), lowered.contains("close") { keepAlive = false }
        }
        return (end.upperBound, status, length, keepAlive)
    }
}
