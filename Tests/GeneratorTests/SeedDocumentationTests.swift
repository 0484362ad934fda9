import Foundation
import TestSupport
import Testing

/// Summaries and descriptions of the seeds reach the generated code as doc comments.
@Suite("Seeds: documentation in the generated code")
struct SeedDocumentationTests {
    @Test(arguments: [
        ("Pipecat/Client.swift", "    /// Delete a specific secret from a set"),
        ("Pipecat/Client.swift", "    /// Remove a specific secret key from a secret set. Cannot be used with image pull secrets."),
        ("Pipecat/Client.swift", "    ///   - setName: Name of the secret set"),
        ("Pipecat/Client.swift", "/// Delete a specific secret key from a secret set via Pipecat Cloud Private API"),
        ("Pipecat/Support.swift", "    /// Authentication requires a Pipecat Cloud Private API token."),
        ("Pipecat/Errors.swift", "    /// 404: Secret not found"),
        ("LiveAvatar/Client.swift", "    /// - Requires API key authentication"),
        ("LiveAvatar/Client.swift", "    ///     400 Bad Request: If user doesn't have an associated space"),
        ("LiveAvatar/Types.swift", "/// Response[NoneType]"),
        ("PrimeIntellect/Client.swift", "    /// This operation cannot be undone. Secrets that are linked to environments"),
        ("PrimeIntellect/Client.swift", "    ///   - teamId: Team ID for team secrets"),
        ("PrimeIntellect/Errors.swift", "    /// 401: Authorization failed"),
        ("Quiva/Types.swift", "    /// Error message describing what went wrong"),
        ("Quiva/Client.swift", "        /// Production API server"),
        ("Devin/Types.swift", "/// Response for successful secret deletion."),
        ("Devin/Support.swift", "    /// Personal API Key (apk_user_*) or Service API Key (apk_*)"),
    ])
    func docComment(file: String, line: String) throws {
        let text = try String(contentsOfFile: PackagePaths.path("Generated/" + file), encoding: .utf8)
        #expect(text.components(separatedBy: "\n").contains(line), "\(file) lacks: \(line)")
    }
}
