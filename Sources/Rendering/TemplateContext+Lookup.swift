import Mustache

/// Direct key lookup for the template context. Mustache would otherwise reflect the whole value (arrays of every
/// type and operation included) for each key it resolves. `TemplateContextTests` checks each switch against the
/// stored properties, so a key added to a context cannot be forgotten here.
extension ModuleContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "header": header
        case "moduleDoc": moduleDoc
        case "titleText": titleText
        case "clientName": clientName
        case "serverProtocolName": serverProtocolName
        case "credentialsName": credentialsName
        case "defaultServer": defaultServer
        case "servers": servers
        case "types": types
        case "operations": operations
        case "hasOperations": hasOperations
        case "webhooks": webhooks
        case "hasWebhooks": hasWebhooks
        case "webhooksStream": webhooksStream
        case "allOperations": allOperations
        case "webhooksName": webhooksName
        case "webhookSenderName": webhookSenderName
        case "webhookPathsName": webhookPathsName
        case "schemes": schemes
        case "hasSchemes": hasSchemes
        case "defaultOptions": defaultOptions
        case "access": access
        case "generatesClient": generatesClient
        case "generatesServer": generatesServer
        case "generatesStub": generatesStub
        case "generatesOperations": generatesOperations
        case "hasHeaderTypes": hasHeaderTypes
        case "streamsBodies": streamsBodies
        default: nil
        }
    }
}

extension ServerContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "literal": literal
        case "doc": doc
        default: nil
        }
    }
}

extension TypeContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "doc": doc
        case "structure": structure
        case "enumeration": enumeration
        case "oneOf": oneOf
        case "alias": alias
        default: nil
        }
    }
}

extension StructContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "properties": properties
        case "additionalProperties": additionalProperties
        case "initParameters": initParameters
        case "hasCodingKeys": hasCodingKeys
        case "hasProperties": hasProperties
        case "customDecoding": customDecoding
        case "customEncoding": customEncoding
        case "validation": validation
        case "patterns": patterns
        case "nested": nested
        default: nil
        }
    }
}

extension PropertyContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "indirect": indirect
        case "name": name
        case "type": type
        case "valueType": valueType
        case "doc": doc
        case "wireLiteral": wireLiteral
        case "defaultValue": defaultValue
        case "decodeMethod": decodeMethod
        case "encodeMethod": encodeMethod
        default: nil
        }
    }
}

extension EnumContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "rawType": rawType
        case "unknownCase": unknownCase
        case "json": json
        case "cases": cases
        default: nil
        }
    }
}

extension EnumCaseContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "literal": literal
        case "doc": doc
        default: nil
        }
    }
}

extension OneOfContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "recursive": recursive
        case "cases": cases
        case "validates": validates
        case "discriminator": discriminator
        case "nested": nested
        default: nil
        }
    }
}

extension OneOfCaseContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "type": type
        case "validates": validates
        default: nil
        }
    }
}

extension DiscriminatorContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "propertyLiteral": propertyLiteral
        case "values": values
        case "defaultValue": defaultValue
        default: nil
        }
    }
}

extension DiscriminatorValueContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "literal": literal
        case "caseName": caseName
        case "type": type
        default: nil
        }
    }
}

extension AliasContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "type": type
        default: nil
        }
    }
}

extension OperationContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "requestType": requestType
        case "errorType": errorType
        case "returnType": returnType
        case "doc": doc
        case "requestDoc": requestDoc
        case "fields": fields
        case "initParameters": initParameters
        case "checks": checks
        case "patterns": patterns
        case "nested": nested
        case "parameters": parameters
        case "arguments": arguments
        case "readsBody": readsBody
        case "statusCases": statusCases
        case "operationIDLiteral": operationIDLiteral
        case "request": request
        case "errorCases": errorCases
        case "resultEnum": resultEnum
        case "headerTypes": headerTypes
        case "securityLiteral": securityLiteral
        case "securityOptional": securityOptional
        case "methodLiteral": methodLiteral
        case "pathLiteral": pathLiteral
        case "sendTarget": sendTarget
        case "hasParameters": hasParameters
        case "defaultPath": defaultPath
        case "comma": comma
        case "returnsOutput": returnsOutput
        case "successIsEnum": successIsEnum
        case "serverSuccesses": serverSuccesses
        case "serverRead": serverRead
        case "serverErrors": serverErrors
        case "validationStatus": validationStatus
        case "streams": streams
        case "contentEnums": contentEnums
        case "mediaTypeEnum": mediaTypeEnum
        case "contentReaders": contentReaders
        case "requestContentReader": requestContentReader
        case "contentWriters": contentWriters
        default: nil
        }
    }
}

extension FieldContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "type": type
        case "doc": doc
        default: nil
        }
    }
}

extension PatternContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "literal": literal
        default: nil
        }
    }
}

extension ErrorCaseContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "withStatus": withStatus
        case "body": body
        case "headers": headers
        case "hasPayload": hasPayload
        case "doc": doc
        default: nil
        }
    }
}

extension ResultEnumContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "doc": doc
        case "cases": cases
        default: nil
        }
    }
}

extension SchemeContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "type": type
        case "doc": doc
        case "authorization": authorization
        case "basic": basic
        case "header": header
        case "query": query
        case "cookie": cookie
        case "challengeLiteral": challengeLiteral
        case "comma": comma
        default: nil
        }
    }
}

extension AuthorizationContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "scheme": scheme
        case "prefix": prefix
        default: nil
        }
    }
}

extension ValidationContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "checks": checks
        default: nil
        }
    }
}

extension StatusCaseContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "code": code
        case "range": range
        case "isDefault": isDefault
        case "returns": returns
        case "caseName": caseName
        case "payload": payload
        case "wrapped": wrapped
        default: nil
        }
    }
}

extension PayloadContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "label": label
        case "value": value
        case "comma": comma
        default: nil
        }
    }
}

extension HeadersContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "doc": doc
        case "fields": fields
        case "initParameters": initParameters
        case "reading": reading
        case "writing": writing
        case "checks": checks
        case "patterns": patterns
        case "nested": nested
        default: nil
        }
    }
}

extension RangeContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "lower": lower
        case "upper": upper
        default: nil
        }
    }
}

extension RequestContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "pathExpression": pathExpression
        case "buildsQuery": buildsQuery
        case "query": query
        case "mutates": mutates
        case "accept": accept
        case "headers": headers
        case "cookies": cookies
        case "appliesCredentials": appliesCredentials
        case "body": body
        default: nil
        }
    }
}

extension WireItemContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "unwrap": unwrap
        case "value": value
        case "text": text
        case "pairs": pairs
        case "styled": styled
        case "explode": explode
        default: nil
        }
    }
}

extension RequestBodyContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "optional": optional
        case "value": value
        case "single": single
        case "cases": cases
        case "hasCases": hasCases
        default: nil
        }
    }
}

extension RequestContentContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "caseName": caseName
        case "prepare": prepare
        case "contentType": contentType
        case "write": write
        default: nil
        }
    }
}

extension ContentEnumContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "enumName": enumName
        case "doc": doc
        case "cases": cases
        case "validates": validates
        case "validating": validating
        case "others": others
        default: nil
        }
    }
}

extension ContentCaseContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "type": type
        case "doc": doc
        default: nil
        }
    }
}

extension MediaTypeEnumContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "doc": doc
        case "cases": cases
        default: nil
        }
    }
}

extension ContentReaderContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "enumName": enumName
        case "mediaTypes": mediaTypes
        case "cases": cases
        case "defaultValue": defaultValue
        default: nil
        }
    }
}

extension ContentReadCaseContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "index": index
        case "value": value
        default: nil
        }
    }
}

extension ContentWriterContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "enumName": enumName
        case "cases": cases
        default: nil
        }
    }
}

extension ContentWriteCaseContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "answer": answer
        default: nil
        }
    }
}

extension ServerSuccessContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "caseName": caseName
        case "status": status
        case "binding": binding
        case "answer": answer
        case "headers": headers
        default: nil
        }
    }
}

extension ServerErrorContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "caseName": caseName
        case "status": status
        case "binding": binding
        case "answer": answer
        case "headers": headers
        default: nil
        }
    }
}

extension ServerReadContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "readsQuery": readsQuery
        case "readsCookies": readsCookies
        case "arguments": arguments
        case "hasArguments": hasArguments
        default: nil
        }
    }
}

extension ArgumentContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "label": label
        case "value": value
        case "comma": comma
        default: nil
        }
    }
}

extension CheckContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "unwrap": unwrap
        case "rules": rules
        case "validates": validates
        default: nil
        }
    }
}

extension RuleContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "function": function
        case "subject": subject
        case "bound": bound
        case "name": name
        case "location": location
        default: nil
        }
    }
}

extension NestedValidationContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "value": value
        case "path": path
        case "location": location
        default: nil
        }
    }
}

extension ParameterContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "type": type
        case "defaultValue": defaultValue
        case "comma": comma
        default: nil
        }
    }
}
