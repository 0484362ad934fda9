import Foundation
import GenRuntime
import LiveAvatar
import Pipecat
import PrimeIntellect
import Quiva
import Testing

/// Generated modules imported side by side: what they share comes from GenRuntime, so it is one type
/// (`ValidationFailure`, `ServerOptions`, `JSONValue`, `JSONNull` below are written unqualified, which would
/// not compile were each module to declare its own), and what is their own is named after the module.
@Suite("Several generated modules in one file")
struct SeveralModulesTests {
    @Test func sharedTypesAreOneTypeAndEachModuleNamesItsOwnCredentials() async throws {
        let options = ServerOptions(maxBodyBytes: 1024)
        let pipecat = PipecatClient(transport: InProcessTransport(), credentials: PipecatCredentials(privateKeyAuth: "p"))
        let quiva = QuivaClient(transport: InProcessTransport(), credentials: QuivaCredentials(bearerAuth: "q"))
        #expect(pipecat.credentials.privateKeyAuth == "p")
        #expect(quiva.credentials.bearerAuth == "q")
        #expect(options.maxBodyBytes == 1024)

        // The same `ValidationFailure` reaches callers of either client.
        var failures: [ValidationFailure] = []
        do {
            _ = try await pipecat.deleteSecretFromSet(setName: "Not Valid", secretKey: "k")
        } catch .invalidArgument(let failure) {
            failures.append(failure)
        } catch {
            Issue.record("unexpected \(error)")
        }
        do {
            _ = try await quiva.deleteSecret(key: "..")
        } catch .invalidArgument(let failure) {
            failures.append(failure)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(failures.map(\.rule) == ["pattern", "segment"])

        // PrimeIntellect's `{}` and LiveAvatar's `type: 'null'` are the runtime's JSONValue and JSONNull.
        let method: (PrimeIntellectClient) -> (String, String?) async throws(DeleteSecretApiV1SecretsSecretIdDeleteError) -> JSONValue =
            PrimeIntellectClient.deleteSecretApiV1SecretsSecretIdDelete
        _ = method
        let response = ResponseNoneType(data: JSONNull())
        #expect(response.data == JSONNull())
    }
}
