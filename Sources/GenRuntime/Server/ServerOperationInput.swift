import Foundation
import HTTPTypes
import OpenAPIRuntime

/// The request value of one operation, read on the server side from a request whose body is collected. Each
/// generated `…Request` struct of a module with a server conforms (or to `StreamingServerOperationInput`).
@_spi(Generated)
public protocol ServerOperationInput: Sendable {
    associatedtype Credentials: SecurityCredentials
    /// Reads the value from a request and checks it; throws the first rule broken.
    init(
        request: HTTPRequest, body: Data, metadata: ServerRequestMetadata, credentials: Credentials
    ) throws(ValidationFailure)
}

/// The request value of an operation that streams its body or chooses among media types: it reads the body
/// itself.
@_spi(Generated)
public protocol StreamingServerOperationInput: Sendable {
    associatedtype Credentials: SecurityCredentials
    /// Reads the value from a request and checks it; throws the first rule broken.
    init(
        request: HTTPRequest, body: RequestBody, metadata: ServerRequestMetadata, credentials: Credentials
    ) async throws(ValidationFailure)
}

/// An operation's error enum on the server side: how each case is answered.
@_spi(Generated)
public protocol ServerOperationError: OperationError {
    /// The response that answers this error.
    var serverResponse: ServerResponse { get }
}
