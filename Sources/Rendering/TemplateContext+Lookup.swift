/// Key lookup for the template context: each key answered by a switch, as a `TemplateValue`. `TemplateTests`
/// checks each switch against the stored properties, so a key added to a context cannot be forgotten here.
extension ModuleContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "header": .init(header)
        case "moduleDoc": .init(moduleDoc)
        case "titleText": .init(titleText)
        case "clientName": .init(clientName)
        case "serverProtocolName": .init(serverProtocolName)
        case "credentialsName": .init(credentialsName)
        case "defaultServer": .init(defaultServer)
        case "servers": .init(servers)
        case "types": .init(types)
        case "operations": .init(operations)
        case "hasOperations": .init(hasOperations)
        case "requirements": .init(requirements)
        case "primary": .init(primary)
        case "shardName": .init(shardName)
        case "otherShards": .init(otherShards)
        case "webhooks": .init(webhooks)
        case "hasWebhooks": .init(hasWebhooks)
        case "webhooksStream": .init(webhooksStream)
        case "allOperations": .init(allOperations)
        case "webhooksName": .init(webhooksName)
        case "webhookSenderName": .init(webhookSenderName)
        case "webhookPathsName": .init(webhookPathsName)
        case "schemes": .init(schemes)
        case "hasSchemes": .init(hasSchemes)
        case "defaultOptions": .init(defaultOptions)
        case "access": .init(access)
        case "generatesClient": .init(generatesClient)
        case "generatesServer": .init(generatesServer)
        case "generatesStub": .init(generatesStub)
        case "generatesOperations": .init(generatesOperations)
        case "hasHeaderTypes": .init(hasHeaderTypes)
        case "streamsBodies": .init(streamsBodies)
        default: nil
        }
    }
}

extension ServerContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(name)
        case "literal": .init(literal)
        case "doc": .init(doc)
        default: nil
        }
    }
}

extension TypeContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(name)
        case "doc": .init(doc)
        case "structure": .init(structure)
        case "enumeration": .init(enumeration)
        case "oneOf": .init(oneOf)
        case "alias": .init(alias)
        default: nil
        }
    }
}

extension StructContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "properties": .init(properties)
        case "additionalProperties": .init(additionalProperties)
        case "knownKeys": .init(knownKeys)
        case "initParameters": .init(initParameters)
        case "hasProperties": .init(hasProperties)
        case "customCoding": .init(customCoding)
        case "validation": .init(validation)
        case "patterns": .init(patterns)
        case "nested": .init(nested)
        default: nil
        }
    }
}

extension PropertyContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "indirect": .init(indirect)
        case "name": .init(name)
        case "storage": .init(storage)
        case "type": .init(type)
        case "valueType": .init(valueType)
        case "doc": .init(doc)
        case "key": .init(self.key)
        case "defaultValue": .init(defaultValue)
        case "decodeMethod": .init(decodeMethod)
        case "encodeMethod": .init(encodeMethod)
        default: nil
        }
    }
}

extension EnumContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "rawType": .init(rawType)
        case "unknownCase": .init(unknownCase)
        case "json": .init(json)
        case "cases": .init(cases)
        default: nil
        }
    }
}

extension EnumCaseContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(name)
        case "literal": .init(literal)
        case "doc": .init(doc)
        default: nil
        }
    }
}

extension OneOfContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "recursive": .init(recursive)
        case "cases": .init(cases)
        case "validates": .init(validates)
        case "discriminator": .init(discriminator)
        case "nested": .init(nested)
        default: nil
        }
    }
}

extension OneOfCaseContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(name)
        case "type": .init(type)
        case "validates": .init(validates)
        default: nil
        }
    }
}

extension DiscriminatorContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "propertyLiteral": .init(propertyLiteral)
        case "values": .init(values)
        case "defaultValue": .init(defaultValue)
        default: nil
        }
    }
}

extension DiscriminatorValueContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "literal": .init(literal)
        case "caseName": .init(caseName)
        case "type": .init(type)
        default: nil
        }
    }
}

extension AliasContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "type": .init(type)
        default: nil
        }
    }
}

extension OperationContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(name)
        case "requestType": .init(requestType)
        case "errorType": .init(errorType)
        case "returnType": .init(returnType)
        case "doc": .init(doc)
        case "requestDoc": .init(requestDoc)
        case "fields": .init(fields)
        case "initParameters": .init(initParameters)
        case "checks": .init(checks)
        case "patterns": .init(patterns)
        case "nested": .init(nested)
        case "parameters": .init(parameters)
        case "arguments": .init(arguments)
        case "readsBody": .init(readsBody)
        case "statusCases": .init(statusCases)
        case "operationIDLiteral": .init(operationIDLiteral)
        case "request": .init(request)
        case "errorCases": .init(errorCases)
        case "resultEnum": .init(resultEnum)
        case "headerTypes": .init(headerTypes)
        case "securityLiteral": .init(securityLiteral)
        case "securityOptional": .init(securityOptional)
        case "bodyMediaTypes": .init(bodyMediaTypes)
        case "methodLiteral": .init(methodLiteral)
        case "pathLiteral": .init(pathLiteral)
        case "sendTarget": .init(sendTarget)
        case "hasParameters": .init(hasParameters)
        case "defaultPath": .init(defaultPath)
        case "comma": .init(comma)
        case "returnsOutput": .init(returnsOutput)
        case "successIsEnum": .init(successIsEnum)
        case "serverSuccesses": .init(serverSuccesses)
        case "serverRead": .init(serverRead)
        case "serverErrors": .init(serverErrors)
        case "validationStatus": .init(validationStatus)
        case "streams": .init(streams)
        case "contentEnums": .init(contentEnums)
        case "mediaTypeEnum": .init(mediaTypeEnum)
        case "contentReaders": .init(contentReaders)
        case "requestContentReader": .init(requestContentReader)
        case "contentWriters": .init(contentWriters)
        default: nil
        }
    }
}

extension FieldContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(name)
        case "type": .init(type)
        case "doc": .init(doc)
        default: nil
        }
    }
}

extension PatternContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(name)
        case "literal": .init(literal)
        default: nil
        }
    }
}

extension ErrorCaseContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(name)
        case "withStatus": .init(withStatus)
        case "body": .init(body)
        case "headers": .init(headers)
        case "hasPayload": .init(hasPayload)
        case "doc": .init(doc)
        default: nil
        }
    }
}

extension ResultEnumContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(name)
        case "doc": .init(doc)
        case "cases": .init(cases)
        default: nil
        }
    }
}

extension SchemeContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(name)
        case "type": .init(type)
        case "doc": .init(doc)
        case "authorization": .init(authorization)
        case "basic": .init(basic)
        case "header": .init(header)
        case "query": .init(query)
        case "cookie": .init(cookie)
        case "challengeLiteral": .init(challengeLiteral)
        case "comma": .init(comma)
        default: nil
        }
    }
}

extension AuthorizationContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "scheme": .init(scheme)
        case "prefix": .init(prefix)
        default: nil
        }
    }
}

extension ValidationContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "checks": .init(checks)
        default: nil
        }
    }
}

extension StatusCaseContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "code": .init(code)
        case "range": .init(range)
        case "isDefault": .init(isDefault)
        case "returns": .init(returns)
        case "caseName": .init(caseName)
        case "payload": .init(payload)
        case "wrapped": .init(wrapped)
        default: nil
        }
    }
}

extension PayloadContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "label": .init(label)
        case "value": .init(value)
        case "comma": .init(comma)
        default: nil
        }
    }
}

extension HeadersContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(name)
        case "doc": .init(doc)
        case "fields": .init(fields)
        case "initParameters": .init(initParameters)
        case "reading": .init(reading)
        case "writing": .init(writing)
        case "checks": .init(checks)
        case "patterns": .init(patterns)
        case "nested": .init(nested)
        default: nil
        }
    }
}

extension RangeContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "lower": .init(lower)
        case "upper": .init(upper)
        default: nil
        }
    }
}

extension RequestContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "pathExpression": .init(pathExpression)
        case "buildsQuery": .init(buildsQuery)
        case "query": .init(query)
        case "mutates": .init(mutates)
        case "accept": .init(accept)
        case "headers": .init(headers)
        case "cookies": .init(cookies)
        case "appliesCredentials": .init(appliesCredentials)
        case "body": .init(body)
        default: nil
        }
    }
}

extension WireItemContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(name)
        case "unwrap": .init(unwrap)
        case "value": .init(value)
        case "text": .init(text)
        case "pairs": .init(pairs)
        case "styled": .init(styled)
        case "explode": .init(explode)
        default: nil
        }
    }
}

extension RequestBodyContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(name)
        case "optional": .init(optional)
        case "value": .init(value)
        case "single": .init(single)
        case "cases": .init(cases)
        case "hasCases": .init(hasCases)
        default: nil
        }
    }
}

extension RequestContentContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "caseName": .init(caseName)
        case "prepare": .init(prepare)
        case "contentType": .init(contentType)
        case "write": .init(write)
        default: nil
        }
    }
}

extension ContentEnumContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "enumName": .init(enumName)
        case "doc": .init(doc)
        case "cases": .init(cases)
        case "validates": .init(validates)
        case "validating": .init(validating)
        case "others": .init(others)
        default: nil
        }
    }
}

extension ContentCaseContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(name)
        case "type": .init(type)
        case "doc": .init(doc)
        default: nil
        }
    }
}

extension MediaTypeEnumContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(name)
        case "doc": .init(doc)
        case "cases": .init(cases)
        default: nil
        }
    }
}

extension ContentReaderContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "enumName": .init(enumName)
        case "mediaTypes": .init(mediaTypes)
        case "cases": .init(cases)
        case "defaultValue": .init(defaultValue)
        default: nil
        }
    }
}

extension ContentReadCaseContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "index": .init(index)
        case "value": .init(value)
        default: nil
        }
    }
}

extension ContentWriterContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "enumName": .init(enumName)
        case "cases": .init(cases)
        default: nil
        }
    }
}

extension ContentWriteCaseContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(name)
        case "answer": .init(answer)
        default: nil
        }
    }
}

extension ServerSuccessContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "caseName": .init(caseName)
        case "status": .init(status)
        case "binding": .init(binding)
        case "answer": .init(answer)
        case "headers": .init(headers)
        default: nil
        }
    }
}

extension ServerErrorContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "caseName": .init(caseName)
        case "status": .init(status)
        case "binding": .init(binding)
        case "answer": .init(answer)
        case "headers": .init(headers)
        default: nil
        }
    }
}

extension ServerReadContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "readsQuery": .init(readsQuery)
        case "readsCookies": .init(readsCookies)
        case "arguments": .init(arguments)
        case "hasArguments": .init(hasArguments)
        default: nil
        }
    }
}

extension ArgumentContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "label": .init(label)
        case "value": .init(value)
        case "comma": .init(comma)
        default: nil
        }
    }
}

extension CheckContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "unwrap": .init(unwrap)
        case "rules": .init(rules)
        case "validates": .init(validates)
        default: nil
        }
    }
}

extension RuleContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "function": .init(function)
        case "subject": .init(subject)
        case "bound": .init(bound)
        case "name": .init(name)
        case "location": .init(location)
        default: nil
        }
    }
}

extension NestedValidationContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "value": .init(value)
        case "path": .init(path)
        case "location": .init(location)
        default: nil
        }
    }
}

extension ParameterContext: TemplateObject {
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name": .init(name)
        case "type": .init(type)
        case "defaultValue": .init(defaultValue)
        case "comma": .init(comma)
        default: nil
        }
    }
}
