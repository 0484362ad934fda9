import Foundation
import Lowering
import OpenAPI
import Source
import TestSupport
import Testing

/// Lowers a spec of this repository's `specs/` folder.
func lowerSeed(_ file: String, module: String) throws -> Module {
    let (loaded, diagnostics) = DocumentLoader.load(path: PackagePaths.path("specs/" + file))
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let (lowered, lowerDiagnostics) = Lowering.lower(Resolver(main: try #require(loaded)), moduleName: module)
    #expect(lowerDiagnostics.isEmpty, "\(lowerDiagnostics)")
    return lowered
}

@Suite("Lowering: what the seeds become")
struct SeedLoweringTests {
    @Test func pipecatKeepsEveryRuleOfSetNameAndItsSecurity() throws {
        let module = try lowerSeed("pipecat.yaml", module: "Pipecat")
        let operation = try #require(module.operations.first)
        #expect(operation.methodName == "deleteSecretFromSet")
        #expect(operation.pathParts == [.literal("/secrets/"), .parameter(swiftName: "setName"), .literal("/"), .parameter(swiftName: "secretKey")])
        let setName = try #require(operation.parameters.first)
        #expect(setName.rules.map(\.kind) == [.minLength, .maxLength, .pattern])
        #expect(setName.rules.map(\.argument) == [.int(3), .int(63), .string(#"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"#)])
        #expect(operation.security == [["privateKeyAuth"]])
        #expect(operation.errors.map(\.caseName) == ["unauthorized", "notFound", "internalServerError"])
        #expect(module.servers.map(\.url) == ["https://api.pipecat.daily.co/v1"])
    }

    @Test func primeIntellectHasAnOptionalTeamIdAndA401WithoutBody() throws {
        let operation = try #require(try lowerSeed("primeintellect.yaml", module: "PrimeIntellect").operations.first)
        let teamId = try #require(operation.parameters.first { $0.wireName == "teamId" })
        #expect(teamId.location == .query)
        #expect(teamId.type == .optional(.string))
        #expect(teamId.encoding == .scalar(value: .string))
        #expect(operation.errors.first { $0.caseName == "unauthorized" }?.body == nil)
        #expect(operation.success.returnType == .jsonValue)
    }

    @Test func liveAvatarHasItsCookieAndOverridesDocumentSecurity() throws {
        let operation = try #require(try lowerSeed("liveavatar.yaml", module: "LiveAvatar").operations.first)
        #expect(operation.parameters.map(\.location) == [.path, .cookie])
        #expect(operation.parameters.last?.wireName == "la_session")
        #expect(operation.security == [["apiKeyHeader"]])
    }

    @Test func quivaAcceptsEitherScheme() throws {
        let module = try lowerSeed("quiva.yaml", module: "Quiva")
        #expect(module.operations.first?.security == [["bearerAuth"], ["apiKeyAuth"]])
        #expect(module.securitySchemes.map(\.kind) == [.bearer, .apiKeyHeader(name: "X-Api-Key")])
        #expect(module.types.map(\.name) == ["Error_", "DeleteSecretResponse"])
    }

    @Test func devinHasNoServers() throws {
        #expect(try lowerSeed("devin.yaml", module: "Devin").servers.isEmpty)
    }
}
