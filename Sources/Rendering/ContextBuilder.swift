import Foundation
import Lowering
import Source

/// Builds the template context of a module from its IR: the only place where IR values become source text.
struct ContextBuilder: Sendable {
    let module: Module
    let options: RenderOptions
    /// The types whose values travel as parameter text (`Module.parameterTextTypes()`); `nil` for every type.
    let parameterTextTypes: Set<TypeName>?

    init(module: Module, options: RenderOptions) {
        self.module = module
        self.options = options
        self.parameterTextTypes = module.parameterTextTypes()
    }

    func build() -> ModuleContext {
        let fileName = (module.specPath as NSString).lastPathComponent
        // A document without a title (its `info` missing, with a warning) is called by its module's name.
        let title = module.title.isEmpty ? module.name : module.title
        let heading = [title, module.version].filter { !$0.isEmpty }.joined(separator: " ")
        var moduleDoc = DocComment.lines(
            Documentation(
                summary: heading,
                details: [module.summary, module.description].compactMap { $0 }.joined(separator: "\n\n")))
        moduleDoc.append(contentsOf: ["///", "/// - Remark: Generated from " + DocComment.inline(fileName) + "."])
        let operations = module.operations.filter { $0.event == nil }.concurrentMap(operationContext)
        var webhooks = module.operations.filter { $0.event != nil }.concurrentMap(operationContext)
        for index in webhooks.indices { webhooks[index].comma = index < webhooks.count - 1 }
        return ModuleContext(
            header: Renderer.headerPrefix + DocComment.inline(fileName) + ". Do not edit.",
            moduleDoc: moduleDoc,
            titleText: DocComment.inline(title),
            clientName: module.clientName,
            serverProtocolName: module.serverProtocolName,
            credentialsName: module.credentialsName,
            defaultServer: defaultServer,
            servers: module.servers.map { server in
                ServerContext(
                    name: server.name, literal: SwiftLiteral.string(server.url),
                    doc: DocComment.lines(Documentation(details: server.description ?? server.url)))
            },
            // Most of a module's context is its types': built on every core.
            types: module.types.concurrentMap(typeContext),
            operations: operations,
            hasOperations: !operations.isEmpty,
            requirements: operations,
            primary: true,
            shardName: "",
            otherShards: [],
            webhooks: webhooks,
            hasWebhooks: !webhooks.isEmpty,
            allOperations: operations + webhooks,
            webhooksName: module.webhooksName,
            webhookSenderName: module.webhookSenderName,
            webhookPathsName: module.webhookPathsName,
            schemes: module.securitySchemes.enumerated().map {
                schemeContext($1, comma: $0 < module.securitySchemes.count - 1)
            },
            hasSchemes: !module.securitySchemes.isEmpty,
            defaultOptions: options.maxBodyBytes == RenderOptions.defaultMaxBodyBytes
                ? ".init()" : ".init(maxBodyBytes: \(options.maxBodyBytes))",
            access: options.access.modifier,
            spi: options.access == .public ? "@_spi(Generated) " : "",
            generatesClient: options.modes.contains(.client),
            generatesServer: options.modes.contains(.server),
            generatesOperations: options.generatesOperations,
            hasHeaderTypes: module.operations.contains { !$0.headerTypes.isEmpty },
            streamsBodies: module.operations.contains(where: \.streamsBodies))
    }

    /// The first server: through the client's `Servers` when there is a client, spelled out otherwise.
    private var defaultServer: String {
        guard let first = module.servers.first else { return "URL(string: \"/\")!" }
        guard options.modes.contains(.client) else { return "URL(string: \(SwiftLiteral.string(first.url)))!" }
        return module.clientName + ".Servers." + first.name
    }

    // MARK: Security

    func credentialType(_ scheme: SecuritySchemeDecl) -> String {
        scheme.kind == .basic ? "BasicCredentials" : TypeSpelling.spelled(.string)
    }

    private func schemeContext(_ scheme: SecuritySchemeDecl, comma: Bool) -> SchemeContext {
        var context = SchemeContext(
            name: scheme.swiftName.spelled, type: credentialType(scheme), doc: [], authorization: [], basic: false,
            header: [],
            query: [],
            cookie: [], challengeLiteral: "", comma: comma)
        let challenge: String
        switch scheme.kind {
        case .bearer:
            context.authorization = [
                AuthorizationContext(scheme: SwiftLiteral.string("Bearer"), prefix: SwiftLiteral.string("Bearer "))
            ]
            challenge = "Bearer"
        case .basic:
            context.basic = true
            challenge = "Basic"
        case .authorization(let schemeName):
            context.authorization = [
                AuthorizationContext(
                    scheme: SwiftLiteral.string(schemeName), prefix: SwiftLiteral.string(schemeName + " "))
            ]
            challenge = schemeName
        case .apiKeyHeader(let header):
            context.header = [SwiftLiteral.string(header)]
            challenge = "ApiKey header=" + header
        case .apiKeyQuery(let parameter):
            context.query = [SwiftLiteral.string(parameter)]
            challenge = "ApiKey query=" + parameter
        case .apiKeyCookie(let cookie):
            context.cookie = [SwiftLiteral.string(cookie)]
            challenge = "ApiKey cookie=" + cookie
        }
        context.challengeLiteral = SwiftLiteral.string(challenge)
        let kindText: String
        switch scheme.kind {
        case .bearer:
            kindText =
                "A bearer token for `\(DocComment.inline(scheme.documentName))`, sent as `Authorization: Bearer <token>`."
        case .basic: kindText = "A user name and password for `\(DocComment.inline(scheme.documentName))` (HTTP basic)."
        case .authorization(let schemeName):
            kindText =
                "The `Authorization: \(DocComment.inline(schemeName)) <value>` credential of `\(DocComment.inline(scheme.documentName))`."
        case .apiKeyHeader(let header):
            kindText =
                "An API key for `\(DocComment.inline(scheme.documentName))`, sent in the `\(DocComment.inline(header))` header."
        case .apiKeyQuery(let parameter):
            kindText =
                "An API key for `\(DocComment.inline(scheme.documentName))`, sent as the `\(DocComment.inline(parameter))` query parameter."
        case .apiKeyCookie(let cookie):
            kindText =
                "An API key for `\(DocComment.inline(scheme.documentName))`, sent as the `\(DocComment.inline(cookie))` cookie."
        }
        context.doc = DocComment.lines(Documentation(summary: kindText, details: scheme.documentation.details))
        return context
    }

    /// The `- Remark:` line that ties a declaration to its place in the document.
    static func remark(_ origin: Origin) -> String {
        // A pointer holds the document's keys as written: a line break in one must not end the comment's line.
        "- Remark: Generated from " + DocComment.code(origin.pointer) + "."
    }
}

extension ContextBuilder {
    /// The static regular expressions of the parameters' pattern rules, declared by the type that holds them
    /// (the request type, a headers struct).
    static func patterns(_ parameters: [ParameterDecl]) -> [PatternContext] {
        parameters.flatMap { parameter in
            parameter.rules.compactMap { rule in
                guard rule.kind == .pattern, let name = rule.patternName else { return nil }
                return PatternContext(name: name, literal: SwiftLiteral.value(rule.argument))
            }
        }
    }
}
