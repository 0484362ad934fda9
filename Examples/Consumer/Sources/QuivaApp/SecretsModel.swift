// An app target as Xcode 26 creates one: every declaration is MainActor unless it says otherwise
// (`.defaultIsolation(MainActor.self)`), with approachable concurrency and internal imports by default. gen's
// build-tool plugin generates the QuivaApp client and server into this target, under these settings.
import Foundation
import OpenAPIRuntime

/// Every status a view model showed. `@MainActor` like the rest of this target, said here so that reading it
/// without `await` below compiles only because the target's default isolation is MainActor.
@MainActor var shownStatuses: [String] = []

/// A view model: MainActor, as in any app. It calls the generated client with a plain `await`; the typed error
/// is caught by case.
final class SecretsModel {
    private let client: QuivaAppClient
    private(set) var status = "idle"

    init(transport: any ClientTransport, token: String) {
        client = QuivaAppClient(transport: transport, credentials: .init(bearerAuth: token))
    }

    func remove(_ key: String) async {
        do {
            let result = try await client.deleteSecret(key: key)
            status = result.message ?? "deleted"
        } catch .notFound(let body) {
            status = "not found: \(body.error)"
        } catch .invalidArgument(let failure) {
            status = "invalid: \(failure)"
        } catch {
            status = "failed: \(error)"
        }
        shownStatuses.append(status)
    }
}

/// The server side in the same target. A server's handlers run wherever the transport calls them, not on the
/// main actor, so the type says `nonisolated`, as the compiler asks of any type that conforms to a protocol
/// whose requirements are not MainActor.
nonisolated struct SecretsServer: QuivaAppAPI {
    let known: Set<String>

    func deleteSecret(_ request: DeleteSecretRequest) async throws(DeleteSecretError) -> DeleteSecretResponse {
        guard known.contains(request.key) else { throw .notFound(Error_(error: "no secret \(request.key)")) }
        return DeleteSecretResponse(message: "deleted \(request.key)")
    }
}
