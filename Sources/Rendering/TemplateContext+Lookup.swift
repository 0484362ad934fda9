// Generated from TemplateContext.swift by `swift run derive-context`; do not edit.

extension ModuleContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "header": .init(self.header)
        case "moduleDoc": .init(self.moduleDoc)
        case "titleText": .init(self.titleText)
        case "clientName": .init(self.clientName)
        case "serverProtocolName": .init(self.serverProtocolName)
        case "credentialsName": .init(self.credentialsName)
        case "defaultServer": .init(self.defaultServer)
        case "servers": .init(self.servers)
        case "types": .init(self.types)
        case "operations": .init(self.operations)
        case "hasOperations": .init(self.hasOperations)
        case "requirements": .init(self.requirements)
        case "primary": .init(self.primary)
        case "shardName": .init(self.shardName)
        case "otherShards": .init(self.otherShards)
        case "webhooks": .init(self.webhooks)
        case "hasWebhooks": .init(self.hasWebhooks)
        case "allOperations": .init(self.allOperations)
        case "webhooksName": .init(self.webhooksName)
        case "webhookSenderName": .init(self.webhookSenderName)
        case "webhookPathsName": .init(self.webhookPathsName)
        case "schemes": .init(self.schemes)
        case "hasSchemes": .init(self.hasSchemes)
        case "defaultOptions": .init(self.defaultOptions)
        case "access": .init(self.access)
        case "spi": .init(self.spi)
        case "generatesClient": .init(self.generatesClient)
        case "generatesServer": .init(self.generatesServer)
        case "generatesOperations": .init(self.generatesOperations)
        case "hasHeaderTypes": .init(self.hasHeaderTypes)
        case "streamsBodies": .init(self.streamsBodies)
        default: nil
        }
    }
}

extension ServerContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(self.name)
        case "literal": .init(self.literal)
        case "doc": .init(self.doc)
        default: nil
        }
    }
}

extension TypeContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(self.name)
        case "doc": .init(self.doc)
        case "structure": .init(self.structure)
        case "enumeration": .init(self.enumeration)
        case "oneOf": .init(self.oneOf)
        case "alias": .init(self.alias)
        default: nil
        }
    }
}

extension StructContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "properties": .init(self.properties)
        case "additionalProperties": .init(self.additionalProperties)
        case "knownKeys": .init(self.knownKeys)
        case "initParameters": .init(self.initParameters)
        case "hasProperties": .init(self.hasProperties)
        case "customCoding": .init(self.customCoding)
        case "validation": .init(self.validation)
        case "patterns": .init(self.patterns)
        case "nested": .init(self.nested)
        default: nil
        }
    }
}

extension ValidationContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "checks": .init(self.checks)
        default: nil
        }
    }
}

extension CheckContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "unwrap": .init(self.unwrap)
        case "rules": .init(self.rules)
        case "validates": .init(self.validates)
        default: nil
        }
    }
}

extension RuleContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "function": .init(self.function)
        case "subject": .init(self.subject)
        case "bound": .init(self.bound)
        case "name": .init(self.name)
        case "location": .init(self.location)
        default: nil
        }
    }
}

extension NestedValidationContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "value": .init(self.value)
        case "path": .init(self.path)
        case "location": .init(self.location)
        default: nil
        }
    }
}

extension ParameterContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(self.name)
        case "type": .init(self.type)
        case "defaultValue": .init(self.defaultValue)
        case "comma": .init(self.comma)
        default: nil
        }
    }
}

extension PropertyContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "indirect": .init(self.indirect)
        case "name": .init(self.name)
        case "storage": .init(self.storage)
        case "type": .init(self.type)
        case "valueType": .init(self.valueType)
        case "doc": .init(self.doc)
        case "key": .init(self.key)
        case "defaultValue": .init(self.defaultValue)
        case "decodeMethod": .init(self.decodeMethod)
        case "encodeMethod": .init(self.encodeMethod)
        default: nil
        }
    }
}

extension EnumContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "rawType": .init(self.rawType)
        case "unknownCase": .init(self.unknownCase)
        case "json": .init(self.json)
        case "parameterValue": .init(self.parameterValue)
        case "cases": .init(self.cases)
        default: nil
        }
    }
}

extension EnumCaseContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(self.name)
        case "literal": .init(self.literal)
        case "doc": .init(self.doc)
        default: nil
        }
    }
}

extension OneOfContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "recursive": .init(self.recursive)
        case "cases": .init(self.cases)
        case "validates": .init(self.validates)
        case "discriminator": .init(self.discriminator)
        case "nested": .init(self.nested)
        default: nil
        }
    }
}

extension OneOfCaseContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(self.name)
        case "type": .init(self.type)
        case "validates": .init(self.validates)
        default: nil
        }
    }
}

extension DiscriminatorContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "propertyLiteral": .init(self.propertyLiteral)
        case "values": .init(self.values)
        case "defaultValue": .init(self.defaultValue)
        default: nil
        }
    }
}

extension DiscriminatorValueContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "literal": .init(self.literal)
        case "caseName": .init(self.caseName)
        case "type": .init(self.type)
        default: nil
        }
    }
}

extension AliasContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "type": .init(self.type)
        default: nil
        }
    }
}

extension OperationContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(self.name)
        case "requestType": .init(self.requestType)
        case "errorType": .init(self.errorType)
        case "returnType": .init(self.returnType)
        case "doc": .init(self.doc)
        case "operationIDLiteral": .init(self.operationIDLiteral)
        case "methodLiteral": .init(self.methodLiteral)
        case "securityLiteral": .init(self.securityLiteral)
        case "streams": .init(self.streams)
        case "request": .init(self.request)
        case "contentReaders": .init(self.contentReaders)
        case "errorCases": .init(self.errorCases)
        case "defaultPath": .init(self.defaultPath)
        case "comma": .init(self.comma)
        case "input": .init(self.input)
        case "call": .init(self.call)
        case "route": .init(self.route)
        case "reading": .init(self.reading)
        default: nil
        }
    }
}

extension InputContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "requestDoc": .init(self.requestDoc)
        case "fields": .init(self.fields)
        case "initParameters": .init(self.initParameters)
        case "checks": .init(self.checks)
        case "patterns": .init(self.patterns)
        case "nested": .init(self.nested)
        case "resultEnum": .init(self.resultEnum)
        case "headerTypes": .init(self.headerTypes)
        case "contentEnums": .init(self.contentEnums)
        case "mediaTypeEnum": .init(self.mediaTypeEnum)
        default: nil
        }
    }
}

extension CallContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "parameters": .init(self.parameters)
        case "hasParameters": .init(self.hasParameters)
        case "arguments": .init(self.arguments)
        case "statusCases": .init(self.statusCases)
        case "sendsToURL": .init(self.sendsToURL)
        default: nil
        }
    }
}

extension RouteContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "hasSecurity": .init(self.hasSecurity)
        case "securityOptional": .init(self.securityOptional)
        case "bodyMediaTypes": .init(self.bodyMediaTypes)
        case "pathLiteral": .init(self.pathLiteral)
        case "returnsOutput": .init(self.returnsOutput)
        case "successIsEnum": .init(self.successIsEnum)
        case "serverSuccesses": .init(self.serverSuccesses)
        default: nil
        }
    }
}

extension ReadingContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "readsQuery": .init(self.readsQuery)
        case "readsCookies": .init(self.readsCookies)
        case "parameters": .init(self.parameters)
        case "arguments": .init(self.arguments)
        case "hasArguments": .init(self.hasArguments)
        case "serverErrors": .init(self.serverErrors)
        case "validationStatus": .init(self.validationStatus)
        case "requestContentReader": .init(self.requestContentReader)
        case "contentWriters": .init(self.contentWriters)
        default: nil
        }
    }
}

extension ContentEnumContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "enumName": .init(self.enumName)
        case "doc": .init(self.doc)
        case "cases": .init(self.cases)
        case "validates": .init(self.validates)
        case "validating": .init(self.validating)
        case "others": .init(self.others)
        default: nil
        }
    }
}

extension ContentCaseContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(self.name)
        case "type": .init(self.type)
        case "doc": .init(self.doc)
        default: nil
        }
    }
}

extension MediaTypeEnumContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(self.name)
        case "doc": .init(self.doc)
        case "cases": .init(self.cases)
        default: nil
        }
    }
}

extension ContentReaderContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "enumName": .init(self.enumName)
        case "mediaTypes": .init(self.mediaTypes)
        case "cases": .init(self.cases)
        case "defaultValue": .init(self.defaultValue)
        default: nil
        }
    }
}

extension ContentReadCaseContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "index": .init(self.index)
        case "value": .init(self.value)
        default: nil
        }
    }
}

extension ContentWriterContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "enumName": .init(self.enumName)
        case "cases": .init(self.cases)
        default: nil
        }
    }
}

extension ContentWriteCaseContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(self.name)
        case "answer": .init(self.answer)
        default: nil
        }
    }
}

extension FieldContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(self.name)
        case "type": .init(self.type)
        case "doc": .init(self.doc)
        default: nil
        }
    }
}

extension PatternContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(self.name)
        case "literal": .init(self.literal)
        default: nil
        }
    }
}

extension ErrorCaseContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(self.name)
        case "withStatus": .init(self.withStatus)
        case "body": .init(self.body)
        case "headers": .init(self.headers)
        case "hasPayload": .init(self.hasPayload)
        case "doc": .init(self.doc)
        default: nil
        }
    }
}

extension HeadersContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(self.name)
        case "doc": .init(self.doc)
        case "fields": .init(self.fields)
        case "initParameters": .init(self.initParameters)
        case "reading": .init(self.reading)
        case "writing": .init(self.writing)
        case "checks": .init(self.checks)
        case "patterns": .init(self.patterns)
        case "nested": .init(self.nested)
        default: nil
        }
    }
}

extension ResultEnumContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(self.name)
        case "doc": .init(self.doc)
        case "cases": .init(self.cases)
        default: nil
        }
    }
}

extension SchemeContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(self.name)
        case "type": .init(self.type)
        case "doc": .init(self.doc)
        case "authorization": .init(self.authorization)
        case "basic": .init(self.basic)
        case "header": .init(self.header)
        case "query": .init(self.query)
        case "cookie": .init(self.cookie)
        case "challengeLiteral": .init(self.challengeLiteral)
        case "comma": .init(self.comma)
        default: nil
        }
    }
}

extension AuthorizationContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "scheme": .init(self.scheme)
        case "prefix": .init(self.prefix)
        default: nil
        }
    }
}

extension StatusCaseContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "code": .init(self.code)
        case "range": .init(self.range)
        case "isDefault": .init(self.isDefault)
        case "returns": .init(self.returns)
        case "caseName": .init(self.caseName)
        case "payload": .init(self.payload)
        case "wrapped": .init(self.wrapped)
        default: nil
        }
    }
}

extension PayloadContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "label": .init(self.label)
        case "value": .init(self.value)
        case "comma": .init(self.comma)
        default: nil
        }
    }
}

extension RangeContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "lower": .init(self.lower)
        case "upper": .init(self.upper)
        default: nil
        }
    }
}

extension RequestContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "pathExpression": .init(self.pathExpression)
        case "buildsQuery": .init(self.buildsQuery)
        case "query": .init(self.query)
        case "mutates": .init(self.mutates)
        case "accept": .init(self.accept)
        case "headers": .init(self.headers)
        case "cookies": .init(self.cookies)
        case "appliesCredentials": .init(self.appliesCredentials)
        case "body": .init(self.body)
        default: nil
        }
    }
}

extension WireItemContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(self.name)
        case "unwrap": .init(self.unwrap)
        case "value": .init(self.value)
        case "text": .init(self.text)
        case "pairs": .init(self.pairs)
        case "styled": .init(self.styled)
        case "explode": .init(self.explode)
        default: nil
        }
    }
}

extension RequestBodyContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(self.name)
        case "optional": .init(self.optional)
        case "value": .init(self.value)
        case "single": .init(self.single)
        case "cases": .init(self.cases)
        case "hasCases": .init(self.hasCases)
        default: nil
        }
    }
}

extension RequestContentContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "caseName": .init(self.caseName)
        case "multipart": .init(self.multipart)
        case "contentType": .init(self.contentType)
        case "write": .init(self.write)
        default: nil
        }
    }
}

extension ServerSuccessContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "caseName": .init(self.caseName)
        case "status": .init(self.status)
        case "binding": .init(self.binding)
        case "answer": .init(self.answer)
        case "headers": .init(self.headers)
        default: nil
        }
    }
}

extension ServerErrorContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "caseName": .init(self.caseName)
        case "status": .init(self.status)
        case "binding": .init(self.binding)
        case "answer": .init(self.answer)
        case "headers": .init(self.headers)
        default: nil
        }
    }
}

extension ParameterReadContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "label": .init(self.label)
        case "name": .init(self.name)
        case "location": .init(self.location)
        case "path": .init(self.path)
        case "query": .init(self.query)
        case "querystring": .init(self.querystring)
        case "header": .init(self.header)
        case "cookie": .init(self.cookie)
        case "fields": .init(self.fields)
        case "decodes": .init(self.decodes)
        case "parsed": .init(self.parsed)
        case "scalar": .init(self.scalar)
        case "json": .init(self.json)
        case "styled": .init(self.styled)
        case "type": .init(self.type)
        case "style": .init(self.style)
        case "explode": .init(self.explode)
        case "claims": .init(self.claims)
        case "claimed": .init(self.claimed)
        case "fallback": .init(self.fallback)
        case "required": .init(self.required)
        case "comma": .init(self.comma)
        default: nil
        }
    }
}

extension ArgumentContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "label": .init(self.label)
        case "value": .init(self.value)
        case "comma": .init(self.comma)
        default: nil
        }
    }
}
