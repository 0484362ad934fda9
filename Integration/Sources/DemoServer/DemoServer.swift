import ArgumentParser
import Devin
import Foundation
import GenRuntime
import Hummingbird
import LiveAvatar
import OpenAPIHummingbird
import Pipecat
import PrimeIntellect
import Quiva

/// `demo-server`: serves the five generated seed APIs over HTTP with in-memory secrets, each under its own
/// path (`/pipecat`, `/quiva`, `/devin`, `/liveavatar`, `/primeintellect`), for trying clients and for
/// conformance tools.
@main
struct DemoServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-server",
        abstract: "Serve the five generated seed APIs with in-memory secrets.")

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8080

    @Option(help: "The token every API accepts (default: $DEMO_TOKEN, else demo-token).")
    var token: String?

    func run() async throws {
        let token = token ?? ProcessInfo.processInfo.environment["DEMO_TOKEN"] ?? "demo-token"
        let store = SecretStore.seeded()
        let router = Router()
        try PipecatDemo(store: store, token: token).registerHandlers(on: router, serverURL: URL(string: "/pipecat")!)
        try QuivaDemo(store: store, token: token).registerHandlers(on: router, serverURL: URL(string: "/quiva")!)
        try DevinDemo(store: store, token: token).registerHandlers(on: router, serverURL: URL(string: "/devin")!)
        try LiveAvatarDemo(store: store, token: token).registerHandlers(on: router, serverURL: URL(string: "/liveavatar")!)
        try PrimeIntellectDemo(store: store, token: token).registerHandlers(on: router, serverURL: URL(string: "/primeintellect")!)
        // Hummingbird logs the address it listens on, the chosen port included.
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port)))
        try await app.runService()
    }
}
