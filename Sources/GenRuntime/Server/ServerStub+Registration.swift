import Foundation
import HTTPTypes
import OpenAPIRuntime

@_spi(Generated)
extension ServerStub {
    /// Registers one operation on a transport: `method` and `path` (a template under the server URL's path), the
    /// `security` alternatives a request must satisfy one of (any request when `optional`), and the body's
    /// documented `mediaTypes`. Each request is read as `Input`, then `operation` answers it; a value that breaks
    /// the document is answered as the error enum's `invalidArgument`, a thrown error as its `serverResponse`.
    public func register<Input: ServerOperationInput, Failure: ServerOperationError>(
        _ input: Input.Type,
        on transport: any ServerTransport,
        method: HTTPRequest.Method,
        path: String,
        security: [[Input.Credentials.Scheme]] = [],
        optional: Bool = false,
        accepting mediaTypes: [String] = [],
        _ operation: @escaping @Sendable (Input) async throws(Failure) -> ServerResponse
    ) throws {
        try transport.register(
            { request, body, metadata in
                let (credentials, challenge) = Self.credentials(Input.Credentials.self, of: request, security, optional)
                return await handle(
                    request, body, credentials: credentials, challenge: challenge, accepting: mediaTypes,
                    respond: { (error: Failure) in error.serverResponse }
                ) { credentials, data throws(Failure) in
                    let input: Input = try await Self.read(as: Failure.self) {
                        () throws(ValidationFailure) in
                        try Input(request: request, body: data, metadata: metadata, credentials: credentials)
                    }
                    return try await operation(input)
                }
            }, method: method, path: self.path(path))
    }

    /// Registers an operation that streams its body or chooses among media types: `Input` reads the body itself.
    public func register<Input: StreamingServerOperationInput, Failure: ServerOperationError>(
        _ input: Input.Type,
        on transport: any ServerTransport,
        method: HTTPRequest.Method,
        path: String,
        security: [[Input.Credentials.Scheme]] = [],
        optional: Bool = false,
        accepting mediaTypes: [String] = [],
        _ operation: @escaping @Sendable (Input) async throws(Failure) -> ServerResponse
    ) throws {
        try transport.register(
            { request, body, metadata in
                let (credentials, challenge) = Self.credentials(Input.Credentials.self, of: request, security, optional)
                return await open(
                    request, body, credentials: credentials, challenge: challenge, accepting: mediaTypes,
                    respond: { (error: Failure) in error.serverResponse }
                ) { credentials, body throws(Failure) in
                    let input: Input = try await Self.read(as: Failure.self) {
                        () async throws(ValidationFailure) in
                        try await Input(request: request, body: body, metadata: metadata, credentials: credentials)
                    }
                    return try await operation(input)
                }
            }, method: method, path: self.path(path))
    }

    /// The request value `read` returns, or the operation's `invalidArgument` for the rule it broke.
    private static func read<Input, Failure: OperationError>(
        as failure: Failure.Type, _ read: () async throws(ValidationFailure) -> Input
    ) async throws(Failure) -> Input {
        do {
            return try await read()
        } catch {
            throw .invalidArgument(error)
        }
    }

    /// The credentials a request carries, and the challenge to answer it with when they satisfy none of the
    /// `security` alternatives (`nil` when they do, when there are none, or when they are `optional`).
    private static func credentials<Credentials: SecurityCredentials>(
        _ type: Credentials.Type, of request: HTTPRequest, _ security: [[Credentials.Scheme]], _ optional: Bool
    ) -> (Credentials, String?) {
        let credentials = Credentials(reading: request)
        let granted = security.isEmpty || optional || credentials.satisfies(anyOf: security)
        return (credentials, granted ? nil : credentials.challenge(forAnyOf: security))
    }
}
