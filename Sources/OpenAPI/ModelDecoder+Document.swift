import Source
import YAML

/// The document root and the objects that hang off it directly: info, servers, tags, components, security.
extension ModelDecoder {
    func document(_ root: Node) -> Document? {
        guard case .mapping = root.content else {
            error("expected an OpenAPI object (a mapping), found \(root.kindDescription)", at: root)
            return nil
        }
        guard let versionNode = root["openapi"] else {
            if root["swagger"] != nil {
                error("Swagger 2.0 documents are not supported; convert the document to OpenAPI 3", at: root)
            } else {
                error("missing required key 'openapi': this is not an OpenAPI document", at: root)
            }
            return nil
        }
        let version = string(versionNode, "openapi") ?? ""
        guard version.hasPrefix("3.") else {
            error("unsupported OpenAPI version '\(version)'; gen reads 3.0.x, 3.1.x and 3.2.x", at: versionNode)
            return nil
        }
        if !(version.hasPrefix("3.0") || version.hasPrefix("3.1") || version.hasPrefix("3.2")) {
            warning(
                "OpenAPI \(version) is read with 3.2 rules; keys new in it are reported as unknown",
                at: versionNode.start)
        }
        is31 = !version.hasPrefix("3.0")
        is32 = !is31 ? false : !version.hasPrefix("3.1")

        var document = Document(
            openapi: version, info: Info(title: "", version: "", extensions: []), paths: [], webhooks: [],
            components: Components(), tags: [], extensions: [])
        var sawInfo = false
        // A large document's components are decoded on another core while this one decodes the paths.
        let sideComponents =
            root.end.offset >= Self.sideDecodingBytes ? root["components"].map(sideDecoder(components:)) : nil
        document.extensions = object(root, "the OpenAPI object") { key, value in
            switch key {
            case "openapi": break
            case "info":
                sawInfo = true
                document.info = info(value)
            case "jsonSchemaDialect": document.jsonSchemaDialect = string(value, key)
            case "$self" where is32: document.selfURI = string(value, key)
            case "servers": document.servers = servers(value, "servers")
            case "paths": document.paths = paths(value)
            case "webhooks":
                document.webhooks = referableMap(value, key, pointer: "#/webhooks") { pathItem($0, pointer: $1) }
                    .map { (name: $0.0, item: $0.1) }
            case "components" where sideComponents != nil: break
            case "components": document.components = components(value)
            case "security": document.security = securityRequirements(value)
            case "tags": document.tags = sequence(value, key).compactMap(tag)
            case "externalDocs": document.externalDocs = externalDocs(value)
            default: return false
            }
            return true
        }
        if let (components, decoder) = sideComponents?.result() {
            document.components = components
            absorb(decoder)
        }
        if !sawInfo {
            fallback("missing required key 'info'", instead: "the title and version are empty", at: root.start)
        }
        if root["paths"] == nil, root["webhooks"] == nil, root["components"] == nil, !is31 {
            fallback("missing required key 'paths'", instead: "read as no paths", at: root.start)
        }
        return document
    }

    /// Documents from this size on decode their components beside the rest (`SideJob`).
    static let sideDecodingBytes = 256 << 10

    /// The components decoded by a decoder of their own, returned with it, as a side job.
    private func sideDecoder(components node: Node) -> SideJob<(Components, ModelDecoder)> {
        let decoder = ModelDecoder(file: file)
        decoder.is31 = is31
        decoder.is32 = is32
        return SideJob { (decoder.components(node), decoder) }
    }

    func info(_ node: Node) -> Info {
        var info = Info(title: "", version: "", extensions: [])
        var sawTitle = false
        var sawVersion = false
        info.extensions = object(node, "info", instead: "the title and version are empty") { key, value in
            switch key {
            case "title":
                sawTitle = true
                info.title = string(value, key) ?? ""
            case "summary": info.summary = string(value, key)
            case "description": info.description = string(value, key)
            case "termsOfService": info.termsOfService = string(value, key)
            case "contact":
                var contact = Contact()
                object(value, "contact") { key, value in
                    switch key {
                    case "name": contact.name = string(value, key)
                    case "url": contact.url = string(value, key)
                    case "email": contact.email = string(value, key)
                    default: return false
                    }
                    return true
                }
                info.contact = contact
            case "license":
                var license = License(name: "")
                object(value, "license") { key, value in
                    switch key {
                    case "name": license.name = string(value, key) ?? ""
                    case "identifier": license.identifier = string(value, key)
                    case "url": license.url = string(value, key)
                    default: return false
                    }
                    return true
                }
                info.license = license
            case "version":
                sawVersion = true
                info.version = string(value, key) ?? ""
            default: return false
            }
            return true
        }
        if case .mapping = node.content {
            if !sawTitle {
                fallback("missing required key 'title' in info", instead: "the title is empty", at: node.start)
            }
            if !sawVersion {
                fallback("missing required key 'version' in info", instead: "the version is empty", at: node.start)
            }
        }
        return info
    }

    func servers(_ node: Node, _ name: String) -> [Server] {
        sequence(node, name).compactMap { item in
            var server = Server(url: "", variables: [], mark: item.start)
            var sawURL = false
            object(item, "a server", instead: "the server is left out") { key, value in
                switch key {
                case "url":
                    sawURL = true
                    server.url = string(value, key) ?? ""
                case "description": server.description = string(value, key)
                case "variables":
                    server.variables = entries(value, key).map { entry in
                        var variable = ServerVariable(defaultValue: "")
                        object(entry.value, "a server variable") { key, value in
                            switch key {
                            case "enum": variable.enumValues = strings(value, key)
                            case "default": variable.defaultValue = string(value, key) ?? ""
                            case "description": variable.description = string(value, key)
                            default: return false
                            }
                            return true
                        }
                        return (entry.key, variable)
                    }
                default: return false
                }
                return true
            }
            guard sawURL else {
                if case .mapping = item.content {
                    fallback("missing required key 'url' in server", instead: "the server is left out", at: item.start)
                }
                return nil
            }
            return server
        }
    }

    func tag(_ node: Node) -> Tag? {
        var tag = Tag(name: "")
        object(node, "a tag") { key, value in
            switch key {
            case "name": tag.name = string(value, key) ?? ""
            case "summary" where is32: tag.summary = string(value, key)
            case "parent" where is32: tag.parent = string(value, key)
            case "kind" where is32: tag.kind = string(value, key)
            case "description": tag.description = string(value, key)
            case "externalDocs": tag.externalDocs = externalDocs(value)
            default: return false
            }
            return true
        }
        return tag
    }

    func externalDocs(_ node: Node) -> ExternalDocs {
        var docs = ExternalDocs(url: "")
        object(node, "externalDocs") { key, value in
            switch key {
            case "description": docs.description = string(value, key)
            case "url": docs.url = string(value, key) ?? ""
            default: return false
            }
            return true
        }
        return docs
    }

    func securityRequirements(_ node: Node) -> [SecurityRequirement] {
        sequence(node, "security").map { item in
            let schemes = entries(item, "a security requirement").map { entry in
                (name: entry.key, scopes: strings(entry.value, "scopes"), mark: entry.mark)
            }
            return SecurityRequirement(schemes: schemes, mark: item.start)
        }
    }

    func components(_ node: Node) -> Components {
        var components = Components()
        components.extensions = object(node, "components") { key, value in
            let pointer = "#/components/" + key
            switch key {
            case "schemas":
                components.schemas = entries(value, key).map {
                    ($0.key, schema($0.value, pointer: JSONPointer.appending(pointer, $0.key)))
                }
            case "responses":
                components.responses = referableMap(value, key, pointer: pointer) { response($0, pointer: $1) }.map {
                    ($0.0, $0.1)
                }
            case "parameters":
                components.parameters = referableMap(value, key, pointer: pointer) { parameter($0, pointer: $1) }.map {
                    ($0.0, $0.1)
                }
            case "examples":
                components.examples = referableMap(value, key, pointer: pointer) { node, _ in example(node) }.map {
                    ($0.0, $0.1)
                }
            case "requestBodies":
                components.requestBodies = referableMap(value, key, pointer: pointer) { requestBody($0, pointer: $1) }
                    .map { ($0.0, $0.1) }
            case "headers":
                components.headers = referableMap(value, key, pointer: pointer) { header($0, pointer: $1) }.map {
                    ($0.0, $0.1)
                }
            case "securitySchemes":
                components.securitySchemes = referableMap(value, key, pointer: pointer) { node, _ in
                    securityScheme(node)
                }.map { ($0.0, $0.1) }
                let declared = Set((value.pairs ?? []).compactMap(\.key.string))
                components.unusableSecuritySchemes = declared.subtracting(components.securitySchemes.map(\.name))
            case "links":
                components.links = referableMap(value, key, pointer: pointer) { node, _ in link(node) }.map {
                    ($0.0, $0.1)
                }
            case "callbacks":
                components.callbacks = referableMap(value, key, pointer: pointer) { callback($0, pointer: $1) }.map {
                    ($0.0, $0.1)
                }
            case "pathItems":
                components.pathItems = referableMap(value, key, pointer: pointer) { pathItem($0, pointer: $1) }.map {
                    ($0.0, $0.1)
                }
            default: return false
            }
            return true
        }
        return components
    }

    func securityScheme(_ node: Node) -> SecurityScheme? {
        var scheme = SecurityScheme(kind: .http, extensions: [], mark: node.start)
        var kindNode: Node?
        scheme.extensions = object(node, "a security scheme", instead: "the scheme is left out") { key, value in
            switch key {
            case "type": kindNode = value
            case "description": scheme.description = string(value, key)
            case "name": scheme.name = string(value, key)
            case "in":
                if let text = string(value, key) {
                    scheme.location = ParameterLocation(rawValue: text)
                    if scheme.location == nil || scheme.location == .path {
                        fallback(
                            "'in' of an apiKey scheme must be query, header or cookie, not '\(text)'",
                            instead: "it is ignored", at: value.start)
                        scheme.location = nil
                    }
                }
            case "scheme": scheme.scheme = string(value, key)?.lowercased()
            case "bearerFormat": scheme.bearerFormat = string(value, key)
            case "flows": scheme.flows = oauthFlows(value)
            case "openIdConnectUrl": scheme.openIdConnectUrl = string(value, key)
            default: return false
            }
            return true
        }
        guard case .mapping = node.content else { return nil }
        guard let kindNode, let text = string(kindNode, "type") else {
            fallback(
                "missing required key 'type' in security scheme", instead: "the scheme is left out", at: node.start)
            return nil
        }
        guard let kind = SecurityScheme.Kind(rawValue: text) else {
            fallback(
                "unknown security scheme type '\(text)' (expected apiKey, http, mutualTLS, oauth2 or openIdConnect)",
                instead: "the scheme is left out", at: kindNode.start)
            return nil
        }
        scheme.kind = kind
        switch kind {
        case .apiKey where scheme.name == nil || scheme.location == nil:
            fallback(
                "an apiKey security scheme needs 'name' and 'in'", instead: "the scheme is left out", at: node.start)
            return nil
        case .http where scheme.scheme == nil:
            fallback(
                "an http security scheme needs 'scheme' (e.g. bearer or basic)", instead: "the scheme is left out",
                at: node.start)
            return nil
        default: return scheme
        }
    }

    private func oauthFlows(_ node: Node) -> OAuthFlows {
        var flows = OAuthFlows()
        object(node, "flows") { key, value in
            switch key {
            case "implicit": flows.implicit = oauthFlow(value)
            case "password": flows.password = oauthFlow(value)
            case "clientCredentials": flows.clientCredentials = oauthFlow(value)
            case "authorizationCode": flows.authorizationCode = oauthFlow(value)
            default: return false
            }
            return true
        }
        return flows
    }

    private func oauthFlow(_ node: Node) -> OAuthFlow {
        var flow = OAuthFlow(scopes: [])
        object(node, "an OAuth flow") { key, value in
            switch key {
            case "authorizationUrl": flow.authorizationUrl = string(value, key)
            case "tokenUrl": flow.tokenUrl = string(value, key)
            case "refreshUrl": flow.refreshUrl = string(value, key)
            case "scopes": flow.scopes = entries(value, key).map { ($0.key, string($0.value, "a scope") ?? "") }
            default: return false
            }
            return true
        }
        return flow
    }
}
