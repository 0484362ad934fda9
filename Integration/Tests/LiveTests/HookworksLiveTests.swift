import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hookworks
import Hummingbird
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import OpenAPIURLSession
import Testing

/// specs/hookworks.yaml from the client's side: it receives the webhooks and callbacks, and records them.
private struct Inbox: HookworksWebhooks {
    var confirmed = Seen<[(id: String, attempt: Int?)]>()
    var adopted = Seen<[PetEvent]>()
    var lost = Seen<[String]>()
    /// Whether the confirmation callback answers 410 Gone.
    var refuses = false

    func subscribeConfirmation(_ request: SubscribeConfirmationRequest) async throws(SubscribeConfirmationError) {
        guard !refuses else { throw .gone }
        confirmed.value = (confirmed.value ?? []) + [(request.body.id, request.xAttempt)]
    }

    func petAdopted(_ request: PetAdoptedRequest) async throws(PetAdoptedError) -> Receipt {
        guard request.body.petId > 0 else { throw .unprocessableContent(Problem(title: "no pet \(request.body.petId)")) }
        adopted.value = (adopted.value ?? []) + [request.body]
        return Receipt(received: adopted.value?.count ?? 0)
    }

    func reportLostPet(_ request: ReportLostPetRequest) async throws(ReportLostPetError) {
        lost.value = (lost.value ?? []) + [request.body]
    }
}

/// specs/hookworks.yaml from the server's side: a subscription is confirmed by calling back the URL it gave
/// before it is answered.
private struct Subscriptions: HookworksAPI {
    let sender: HookworksWebhookSender

    func subscribe(_ request: SubscribeRequest) async throws(SubscribeError) -> Subscribed {
        guard let url = URL(string: request.body.callbackUrl) else { throw .invalidArgument(.init(location: "body", name: "callbackUrl", rule: "url", message: "is not a URL")) }
        let subscribed = Subscribed(id: "s\(request.body.events.count)")
        do throws(SubscribeConfirmationError) {
            try await sender.subscribeConfirmation(url: url, xAttempt: 1, body: subscribed)
        } catch {
            guard case .gone = error else { throw .transport(error) }
            return Subscribed(id: "refused")
        }
        return subscribed
    }
}

@Suite("Hookworks over HTTP: webhooks and callbacks, from the server that sends them to the client that receives them")
struct HookworksLiveTests {
    @Test func aCallbackReachesTheURLTheRequestGave() async throws {
        let inbox = Inbox()
        try await withLiveServer({ try inbox.registerHandlers(on: $0, serverURL: URL(string: "/hooks")!) }) { receiver in
            for transport in [URLSessionTransport() as any ClientTransport, AsyncHTTPClientTransport()] {
                let api = Subscriptions(sender: HookworksWebhookSender(transport: transport))
                try await withLiveServer({ try api.registerHandlers(on: $0) }) { root in
                    let client = HookworksClient(
                        serverURL: clientURL(root: root, documentServer: HookworksClient.Servers.server1), transport: transport,
                        credentials: .init(apiKey: "key"))
                    let callback = receiver.absoluteString + "/hooks/subscribeConfirmation"
                    let subscribed = try await client.subscribe(body: Subscription(callbackUrl: callback, events: [.petAdopted, .petLost]))
                    #expect(subscribed == Subscribed(id: "s2"))
                }
            }
            #expect(inbox.confirmed.value?.map(\.id) == ["s2", "s2"] && inbox.confirmed.value?.map(\.attempt) == [1, 1])
        }
        // A receiver's documented answer reaches the sender as its case: 410 is `.gone`.
        var refusing = Inbox()
        refusing.refuses = true
        try await withLiveServer({ try refusing.registerHandlers(on: $0) }) { receiver in
            let sender = HookworksWebhookSender(transport: URLSessionTransport())
            do throws(SubscribeConfirmationError) {
                try await sender.subscribeConfirmation(url: receiver.appending(path: "subscribeConfirmation"), body: Subscribed(id: "x"))
                Issue.record("expected 410")
            } catch {
                guard case .gone = error else { throw error }
            }
        }
    }

    @Test func webhooksCarryTheirOwnSecurityRulesAndErrors() async throws {
        let inbox = Inbox()
        let paths = HookworksWebhookPaths(petAdopted: "/events/adopted", reportLostPet: "/events/lost")
        try await withLiveServer({ try inbox.registerHandlers(on: $0, paths: paths) }) { receiver in
            let signed = HookworksWebhookSender(transport: AsyncHTTPClientTransport(), credentials: .init(signature: "sig"))
            // The subscriber's URL is kept as it is, its query included.
            let adopted = URL(string: receiver.absoluteString + "/events/adopted?subscriber=7")!
            #expect(try await signed.petAdopted(url: adopted, body: PetEvent(petId: 1, name: "Rex")) == Receipt(received: 1))
            try await signed.reportLostPet(url: receiver.appending(path: "events/lost"), body: "Tom, grey, near the river")
            #expect(inbox.lost.value == ["Tom, grey, near the river"])

            // `petAdopted` requires the signature the document's scheme names: the receiver answers 401.
            do throws(PetAdoptedError) {
                _ = try await HookworksWebhookSender(transport: URLSessionTransport()).petAdopted(url: adopted, body: PetEvent(petId: 2, name: "Bo"))
                Issue.record("expected 401")
            } catch {
                guard case .undocumented(let status, _) = error else { throw error }
                #expect(status == 401)
            }
            // The sender checks the rules before it sends (`name` is at most 20 characters) …
            do throws(PetAdoptedError) {
                _ = try await signed.petAdopted(url: adopted, body: PetEvent(petId: 3, name: String(repeating: "x", count: 21)))
                Issue.record("expected the sender to refuse a long name")
            } catch {
                guard case .invalidArgument(let failure) = error else { throw error }
                #expect(failure.rule == "maxLength")
            }
            // … the receiver too, answering with the status the document gives for broken rules (422) …
            let (status, body) = try await rawRequest(
                "POST", adopted, headers: ["X-Signature": "sig", "Content-Type": "application/json"],
                body: Data(#"{"petId":4,"name":"\#(String(repeating: "y", count: 21))"}"#.utf8))
            #expect(status == 422 && body.contains(#""rule":"maxLength""#), "\(body)")
            // … and a handler's error case is its documented status and body.
            do throws(PetAdoptedError) {
                _ = try await signed.petAdopted(url: adopted, body: PetEvent(petId: 0, name: "None"))
                Issue.record("expected 422")
            } catch {
                guard case .unprocessableContent(let problem) = error else { throw error }
                #expect(problem.title == "no pet 0")
            }
            #expect(inbox.adopted.value == [PetEvent(petId: 1, name: "Rex")])
        }
    }
}
