import Foundation
import OpenAPIRuntime
@testable import QuivaApp
import Testing

/// The target with Xcode 26's app settings: its MainActor view model calls the generated client, and its
/// `nonisolated` server type serves the generated stub, over the in-process router.
@Suite("MainActor app target: QuivaApp, generated at build time")
struct QuivaAppTests {
    @MainActor
    @Test func theViewModelCallsTheServerThroughTheGeneratedCode() async throws {
        let router = Router()
        try SecretsServer(known: ["a"]).registerHandlers(on: router)
        let model = SecretsModel(transport: router, token: "token")
        await model.remove("a")
        #expect(model.status == "deleted a")
        await model.remove("b")
        #expect(model.status == "not found: no secret b")
        // The log is shared with the other test, which may run alongside.
        #expect(shownStatuses.contains("deleted a") && shownStatuses.contains("not found: no secret b"))
    }

    @MainActor
    @Test func withoutCredentialsTheStubRefusesBeforeTheHandler() async throws {
        let router = Router()
        try SecretsServer(known: ["a"]).registerHandlers(on: router)
        let model = SecretsModel(transport: router, token: "")
        await model.remove("a")
        #expect(model.status.hasPrefix("failed: undocumented(status: 401"), "\(model.status)")
    }
}
