import Foundation
public import OpenAPI
public import Source

/// Lowers a decoded document to the IR module that the renderer turns into Swift.
public enum Lowering {
    /// The module for a decoded document, whose references `resolver` follows. Diagnostics include the
    /// resolver's.
    public static func lower(_ resolver: Resolver, moduleName: String, options: LoweringOptions = .init()) -> (
        Module, [Diagnostic]
    ) {
        let document = resolver.main.document
        let file = resolver.main.file.path
        let clientName = moduleName + "Client"
        let serverProtocolName = moduleName + "API"
        let credentialsName = moduleName + "Credentials"
        let webhookNames = (
            receiver: moduleName + "Webhooks", sender: moduleName + "WebhookSender", paths: moduleName + "WebhookPaths"
        )

        let (schemes, securityDiagnostics) = SecurityLowering.lower(document, resolver: resolver, file: file)
        let types = TypeLowering(
            resolver: resolver, file: file,
            reserved: [
                moduleName, clientName, serverProtocolName, credentialsName, webhookNames.receiver, webhookNames.sender,
                webhookNames.paths,
            ])
        types.declareComponents(document.components.schemas, overrides: options.typeNames, lazily: options.filters)
        let operations = OperationLowering(
            types: types, resolver: resolver, document: document, file: file, schemes: schemes, options: options)
        operations.lowerAll()
        if options.filters { types.sortComponents() }
        types.resolvePendingDefaults()

        let (servers, serverDiagnostics) = Self.servers(document.servers ?? [], file: file)
        var declarations = types.topLevel
        let graph = TypeGraph(declarations)
        let recursionDiagnostics = Recursion.breakCycles(in: &declarations, graph: graph, file: file)
        OutOfLineStorage.mark(&declarations, graph: graph)
        var operationDecls = operations.operations
        Validation.mark(&declarations, operations: &operationDecls, graph: graph)
        let module = Module(
            name: moduleName, specPath: file, title: document.info.title, version: document.info.version,
            summary: document.info.summary, description: document.info.description, clientName: clientName,
            serverProtocolName: serverProtocolName, credentialsName: credentialsName, servers: servers,
            types: declarations,
            operations: operationDecls, securitySchemes: schemes, webhooksName: webhookNames.receiver,
            webhookSenderName: webhookNames.sender, webhookPathsName: webhookNames.paths,
            coverage: coverage(
                declarations, operations: operations, components: document.components.schemas.count, file: file))
        let diagnostics =
            serverDiagnostics + securityDiagnostics + types.diagnostics + operations.diagnostics + resolver.diagnostics
            + recursionDiagnostics
        return (module, diagnostics)
    }

    /// The operations and component schemas the module holds, of those the document declares.
    private static func coverage(_ types: [TypeDecl], operations: OperationLowering, components: Int, file: String)
        -> Module.Coverage
    {
        let prefix = "#/components/schemas/"
        var coverage = Module.Coverage()
        coverage.operations = operations.operations.count { $0.event == nil }
        coverage.declaredOperations = operations.declaredOperations
        // One schema can be declared twice (a recursive one, an alias and what it names): counted once.
        coverage.schemas =
            Set(
                types.lazy.map(\.origin).filter {
                    $0.file == file && $0.pointer.hasPrefix(prefix) && !$0.pointer.dropFirst(prefix.count).contains("/")
                }
                .map(\.pointer)
            ).count
        coverage.declaredSchemas = components
        return coverage
    }

    /// The module name for a spec file: `live-avatar.yaml` → `LiveAvatar`; `liveavatar.yaml` → `Liveavatar`.
    public static func moduleName(forFile path: String) -> String {
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return Naming.typeName(base)
    }

    /// The servers whose URL, with variables at their defaults, is a URL as written; the others are reported
    /// and left out, so `Servers` never holds a URL that `URL(string:)` would refuse or rewrite.
    private static func servers(_ servers: [Server], file: String) -> ([ServerURL], [Diagnostic]) {
        var result: [ServerURL] = []
        var diagnostics: [Diagnostic] = []
        for server in servers {
            var url = server.url
            for (name, variable) in server.variables {
                url = url.replacingOccurrences(of: "{" + name + "}", with: variable.defaultValue)
            }
            guard HTTPSyntax.isURI(url) else {
                diagnostics.append(
                    .warning(
                        "server URL '\(url)' is not a valid URL (an undeclared variable, or characters a URL cannot hold); it is left out",
                        file: file, at: server.mark))
                continue
            }
            result.append(
                ServerURL(name: "server" + String(result.count + 1), url: url, description: server.description))
        }
        return (result, diagnostics)
    }
}
