import ArgumentParser
import Foundation

/// `load-benchmark`: each seed API under load, served by `demo-server` (`gen`: the generated stubs and demo
/// handlers), by the same routes written directly on Hummingbird (`direct`), and by those routes as
/// `ServerTransport` handlers through swift-openapi-hummingbird (`transport`), each in a process of its own on
/// 127.0.0.1, driven by `LoadClient` in rounds. Prints requests/s, p50/p99 latency, errors and the server's
/// RSS at the start and after each round, then per seed the throughput ratios and RSS growth against the
/// targets. Asserts nothing.
@main
struct LoadBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load-benchmark",
        abstract: "Drive demo-server and direct Hummingbird handlers with the seed APIs' traffic.")

    @Option(help: "Seconds of load per seed API and server, split evenly into the rounds.")
    var seconds = 60.0

    @Option(help: "Rounds per seed API and server; RSS is read after each.")
    var rounds = 5

    @Option(help: "Concurrent keep-alive connections.")
    var connections = 64

    @Option(help: "The seed APIs, comma-separated (default: all five).")
    var seeds = SeedTraffic.seeds.joined(separator: ",")

    @Option(help: "The servers, comma-separated: gen, direct, transport, apple (default: the first three).")
    var servers = "gen,direct,transport"

    @Option(help: "The server Apple's generator's output for pipecat.yaml makes (built by load.sh --apple); it takes --port.")
    var appleServer: String?

    @Option(help: "Drive a server already listening on this port (a profiled one) instead of starting each.")
    var port: Int?

    @Option(help: .hidden)
    var serveDirect: Int?

    @Option(help: .hidden)
    var serveTransport: Int?

    static let token = "load-token"

    func run() throws {
        if let port = serveDirect ?? serveTransport {
            let done = DispatchSemaphore(value: 0)
            let throughTransport = serveTransport != nil
            Task {
                do { try await DirectServer.run(port: port, token: Self.token, throughTransport: throughTransport) } catch { print("server: \(error)") }
                done.signal()
            }
            done.wait()
            return
        }
        let chosen = servers.split(separator: ",").map(String.init)
        for server in chosen where !["gen", "direct", "transport", "apple"].contains(server) {
            throw ValidationError("unknown server '\(server)'; the servers are gen, direct, transport and apple")
        }
        if chosen.contains("apple"), appleServer == nil { throw ValidationError("--servers apple needs --apple-server") }
        print("\(connections) connections, \(rounds) rounds of \(String(format: "%.0f", seconds / Double(rounds))) s per seed API and server")
        print(Self.row("seed", "server", "round", "requests/s", "p50 ms", "p99 ms", "errors", "5xx", "RSS MB"))
        var summaries: [String] = []
        for seed in seeds.split(separator: ",").map(String.init) {
            guard SeedTraffic.seeds.contains(seed) else { throw ValidationError("unknown seed API '\(seed)'; the seeds are \(SeedTraffic.seeds.joined(separator: ", "))") }
            var throughput: [String: Double] = [:]
            // Apple's output is built for Pipecat only.
            for server in chosen where server != "apple" || seed == "pipecat" {
                let measured = try measure(SeedTraffic(seed: seed, token: Self.token), on: server)
                throughput[server] = measured.requestsPerSecond
                summaries.append(
                    "\(seed) \(server): \(String(format: "%.0f", measured.requestsPerSecond)) requests/s, \(measured.errors) errors, "
                        + "\(measured.serverErrors) 5xx, RSS round 2 → \(rounds): " + String(format: "%+.1f %%", measured.rssGrowth * 100))
            }
            if let gen = throughput["gen"], gen > 0 {
                if let direct = throughput["direct"] { summaries.append("\(seed): direct / gen = " + String(format: "%.2fx", direct / gen)) }
                if let transport = throughput["transport"] { summaries.append("\(seed): transport / gen = " + String(format: "%.2fx", transport / gen)) }
                if let apple = throughput["apple"] { summaries.append("\(seed): apple / gen = " + String(format: "%.2fx", apple / gen)) }
            }
        }
        print("")
        summaries.forEach { print($0) }
        print("targets: 0 errors and 0 5xx; RSS growth from round 2 to the last under 5 %; direct / gen at most 1.30x")
        print("(transport / gen is the stubs' own cost; direct / transport that of swift-openapi-hummingbird)")
    }

    /// What a server did over every round for one seed.
    struct Measured {
        var requestsPerSecond: Double
        var errors: Int
        var serverErrors: Int
        var rssGrowth: Double
    }

    private func measure(_ traffic: SeedTraffic, on server: String) throws -> Measured {
        if let port { return drive(traffic, on: server, port: port, pid: nil) }
        let port = try Self.freePort()
        let process = Process()
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if server == "gen" {
            process.executableURL = folder.appendingPathComponent("demo-server")
            process.arguments = ["--port", String(port), "--token", Self.token]
        } else if server == "apple", let appleServer {
            process.executableURL = URL(fileURLWithPath: appleServer)
            process.arguments = ["--port", String(port)]
        } else {
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            process.arguments = ["--serve-\(server)", String(port)]
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        try Self.waitUntilListening(port)
        return drive(traffic, on: server, port: port, pid: process.processIdentifier)
    }

    private func drive(_ traffic: SeedTraffic, on server: String, port: Int, pid: Int32?) -> Measured {
        print(Self.row(traffic.seed, server, "start", "", "", "", "", "", Self.rss(pid)))
        let client = LoadClient(port: port, connections: connections)
        var total = 0, elapsed = 0.0, errors = 0, serverErrors = 0
        var sizes: [Double] = []
        for round in 1...rounds {
            let result = client.run(traffic, seconds: seconds / Double(rounds))
            let rss = Self.rss(pid)
            sizes.append(Double(rss) ?? 0)
            total += result.latencies.count
            elapsed += result.seconds
            errors += result.errors
            serverErrors += result.serverErrors
            print(
                Self.row(
                    traffic.seed, server, String(round), String(format: "%.0f", result.requestsPerSecond),
                    String(format: "%.2f", result.percentile(0.5)), String(format: "%.2f", result.percentile(0.99)),
                    String(result.errors), String(result.serverErrors), rss))
        }
        let growth = sizes.count >= 2 && sizes[1] > 0 ? (sizes[sizes.count - 1] - sizes[1]) / sizes[1] : 0
        return Measured(requestsPerSecond: Double(total) / elapsed, errors: errors, serverErrors: serverErrors, rssGrowth: growth)
    }

    private static func row(_ columns: String...) -> String {
        let widths = [15, 9, 6, 11, 8, 8, 7, 5, 7]
        return zip(columns, widths).enumerated().map { index, pair in
            index < 2 ? pair.0.padding(toLength: pair.1, withPad: " ", startingAt: 0) : String(repeating: " ", count: max(0, pair.1 - pair.0.count)) + pair.0
        }.joined(separator: " ")
    }

    /// The resident set of a process in MB, from /proc.
    private static func rss(_ pid: Int32?) -> String {
        guard let pid, let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
        else { return "?" }
        return String(format: "%.1f", kilobytes / 1024)
    }

    /// A port nothing listens on now, as the kernel picks one.
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw ValidationError("no free port on 127.0.0.1") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func waitUntilListening(_ port: Int) throws {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if RawHTTPConnection(port: port) != nil { return }
            usleep(50_000)
        }
        throw ValidationError("the server did not listen on port \(port) within 30 s")
    }
}
