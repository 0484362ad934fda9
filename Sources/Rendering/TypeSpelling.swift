import Lowering

/// Writes IR types as Swift source: the one place where a `TypeRef` becomes text.
///
/// A declared type is written by its own name where Swift finds it that way (at the top level, or nested in the
/// declaration the text appears in) and by its full path elsewhere (`GetPetsRequest.Status` in the client). No
/// document name can shadow a builtin: `ReservedNames.types` keeps every top-level and nested type from taking one.
enum TypeSpelling {
    /// The type as written inside the declaration `scope` (`nil`: at the top level of the module).
    static func spelled(_ type: TypeRef, in scope: TypeName?) -> String {
        switch type {
        case .builtin(let builtin): spelled(builtin)
        case .declared(let name): name.path.count == 1 || name.parent == scope ? name.name : name.description
        case .array(let element): "[" + spelled(element, in: scope) + "]"
        case .dictionary(let value): "[String: " + spelled(value, in: scope) + "]"
        case .optional(let wrapped): spelled(wrapped, in: scope) + "?"
        case .stream(let element): "BodyStream<" + spelled(element, in: scope) + ">"
        case .serverSentEvent(let data?): "ServerSentEventWithJSONData<" + spelled(data, in: scope) + ">"
        case .serverSentEvent(nil): "ServerSentEvent"
        }
    }

    static func spelled(_ builtin: Builtin) -> String {
        switch builtin {
        case .string: "String"
        case .int: "Int"
        case .int32: "Int32"
        case .int64: "Int64"
        case .double: "Double"
        case .float: "Float"
        case .bool: "Bool"
        case .date: "Date"
        case .data: "Data"
        case .uuid: "UUID"
        case .jsonValue: "JSONValue"
        case .jsonNull: "JSONNull"
        case .httpBody: "HTTPBody"
        case .multipartFile: "MultipartFile"
        }
    }
}
