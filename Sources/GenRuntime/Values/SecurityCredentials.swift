import HTTPTypes

/// The credentials of a module: one optional value per security scheme of its document. Each generated
/// `…Credentials` struct conforms, with the document's schemes as `Scheme`; a document without schemes has
/// `Never`, and nothing to read, check or apply.
@_spi(Generated)
public protocol SecurityCredentials: Sendable {
    /// The document's security schemes.
    associatedtype Scheme: Sendable
    /// Reads every credential a request carries.
    init(reading request: HTTPRequest)
    /// Whether the credentials of one scheme are present.
    func has(_ scheme: Scheme) -> Bool
    /// Adds the credentials of one scheme to a request, when they are present.
    func apply(_ scheme: Scheme, to request: inout HTTPRequest)
    /// The `WWW-Authenticate` challenge of one scheme: `Bearer`, `Basic`, or the scheme's name for an API key.
    func challenge(for scheme: Scheme) -> String
}

@_spi(Generated)
extension SecurityCredentials {
    /// Whether every scheme of at least one alternative is present; an empty alternative always is.
    public func satisfies(anyOf alternatives: [[Scheme]]) -> Bool {
        alternatives.contains { $0.allSatisfy(has) }
    }

    /// Adds to a request the credentials of the first alternative whose schemes are all present.
    public func apply(anyOf alternatives: [[Scheme]], to request: inout HTTPRequest) {
        guard let chosen = alternatives.first(where: { $0.allSatisfy(has) }) else { return }
        for scheme in chosen { apply(scheme, to: &request) }
    }

    /// The `WWW-Authenticate` challenges naming the schemes a request could have used, each once.
    public func challenge(forAnyOf alternatives: [[Scheme]]) -> String {
        var challenges: [String] = []
        for scheme in alternatives.joined() {
            let challenge = challenge(for: scheme)
            if !challenges.contains(challenge) { challenges.append(challenge) }
        }
        return challenges.joined(separator: ", ")
    }
}

@_spi(Generated)
extension SecurityCredentials where Scheme == Never {
    /// Never called: there is no scheme to ask about.
    public func has(_ scheme: Never) -> Bool {}
    /// Never called: there is no scheme to apply.
    public func apply(_ scheme: Never, to request: inout HTTPRequest) {}
    /// Never called: there is no scheme to challenge for.
    public func challenge(for scheme: Never) -> String {}
}
