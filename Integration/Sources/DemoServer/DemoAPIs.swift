import Devin
import Foundation
import GenRuntime
import LiveAvatar
import Pipecat
import PrimeIntellect
import Quiva

/// The five seed APIs over one in-memory store. Each accepts the configured token in the credential its
/// document asks for; the generated stubs have already refused requests without one.

struct PipecatDemo: PipecatAPI {
    let store: SecretStore
    let token: String

    func deleteSecretFromSet(_ request: DeleteSecretFromSetRequest) async throws(DeleteSecretFromSetError) -> DeleteSecretFromSetResponse {
        guard request.credentials.privateKeyAuth == token else {
            throw .unauthorized(Pipecat.ErrorResponse(error: "Unauthorized", code: "UNAUTHORIZED"))
        }
        guard await store.remove(request.secretKey, from: request.setName) else {
            throw .notFound(Pipecat.ErrorResponse(error: "Secret not found", code: "NOT_FOUND"))
        }
        return .init(status: .ok)
    }
}

struct QuivaDemo: QuivaAPI {
    let store: SecretStore
    let token: String

    func deleteSecret(_ request: DeleteSecretRequest) async throws(DeleteSecretError) -> Quiva.DeleteSecretResponse {
        guard request.credentials.bearerAuth == token || request.credentials.apiKeyAuth == token else {
            throw .undocumented(status: 401, body: Data())
        }
        guard await store.remove(request.key, from: "default") else {
            throw .notFound(Error_(error: "resource not found"))
        }
        return .init(message: "success")
    }
}

struct DevinDemo: DevinAPI {
    let store: SecretStore
    let token: String

    func deleteSecretV1SecretsSecretIdDelete(_ request: Devin.DeleteSecretV1SecretsSecretIdDeleteRequest) async throws(Devin.DeleteSecretV1SecretsSecretIdDeleteError) -> Devin.DeleteSecretResponse {
        guard request.credentials.bearerAuth == token else { throw .undocumented(status: 401, body: Data()) }
        // The document declares no 404: deleting a secret that is not there succeeds.
        _ = await store.remove(request.secretId, from: "default")
        return .init(message: "Secret \(request.secretId) deleted")
    }
}

struct LiveAvatarDemo: LiveAvatarAPI {
    let store: SecretStore
    let token: String

    func deleteSecretV1SecretsSecretIdDelete(_ request: LiveAvatar.DeleteSecretV1SecretsSecretIdDeleteRequest) async throws(LiveAvatar.DeleteSecretV1SecretsSecretIdDeleteError) -> ResponseNoneType {
        guard request.credentials.apiKeyHeader == token else { throw .undocumented(status: 401, body: Data()) }
        _ = await store.remove(request.secretId, from: "default")
        return ResponseNoneType(message: "Secret deleted")
    }
}

struct PrimeIntellectDemo: PrimeIntellectAPI {
    let store: SecretStore
    let token: String

    func deleteSecretApiV1SecretsSecretIdDelete(_ request: DeleteSecretApiV1SecretsSecretIdDeleteRequest) async throws(DeleteSecretApiV1SecretsSecretIdDeleteError) -> JSONValue {
        guard request.credentials.httpBearer == token else { throw .unauthorized }
        let set = request.teamId ?? "default"
        let removed = await store.remove(request.secretId, from: set)
        return .object(["id": .string(request.secretId), "deleted": .bool(removed)])
    }
}
