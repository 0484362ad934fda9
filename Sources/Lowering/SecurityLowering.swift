import OpenAPI
import Source

/// Lowers `components.securitySchemes` to the properties of the generated `Credentials` and how each travels.
enum SecurityLowering {
    static func lower(_ document: Document, resolver: Resolver, file: String) -> ([SecuritySchemeDecl], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var names = NameScope(reserved: ["init"])
        var result: [SecuritySchemeDecl] = []
        for (name, value) in document.components.securitySchemes {
            guard let scheme = resolver.securityScheme(value, from: file) else { continue }
            let kind: SecuritySchemeDecl.Kind
            switch scheme.kind {
            case .http:
                switch scheme.scheme ?? "" {
                case "bearer": kind = .bearer
                case "basic": kind = .basic
                case let other: kind = .authorization(scheme: other.prefix(1).uppercased() + other.dropFirst())
                }
            case .apiKey:
                let parameterName = scheme.name ?? ""
                switch scheme.location {
                case .header: kind = .apiKeyHeader(name: parameterName)
                case .query: kind = .apiKeyQuery(name: parameterName)
                default: kind = .apiKeyCookie(name: parameterName)
                }
            case .oauth2, .openIdConnect:
                kind = .bearer
            case .mutualTLS:
                diagnostics.append(
                    .warning(
                        "security scheme '\(name)' (mutualTLS) is left to the transport's TLS setup", file: file,
                        at: scheme.mark))
                continue
            }
            if case .apiKeyHeader(let header) = kind, !HTTPSyntax.isToken(header) {
                diagnostics.append(
                    .fallback(
                        "'\(header)' is not a valid HTTP header name", instead: "the scheme is left out", file: file,
                        at: scheme.mark))
                continue
            }
            if case .apiKeyCookie(let cookie) = kind, !HTTPSyntax.isToken(cookie) {
                diagnostics.append(
                    .fallback(
                        "'\(cookie)' is not a valid cookie name", instead: "the scheme is left out", file: file,
                        at: scheme.mark))
                continue
            }
            result.append(
                SecuritySchemeDecl(
                    documentName: name, swiftName: names.claim(Naming.propertyName(name)), kind: kind,
                    documentation: Documentation(details: scheme.description)))
        }
        return (result, diagnostics)
    }
}
