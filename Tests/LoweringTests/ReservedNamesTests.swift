import Foundation
import Lowering
import OpenAPI
import Source
import Testing
import TestSupport

/// Holds the templates and `ReservedNames` together: every type a template declares at the top level is a
/// reserved type name, and every member a template declares in a type that also holds document-derived members
/// is reserved for that context. A template that declares a new name fails here until the name is listed,
/// with its reason, where lowering consults it.
@Suite("Reserved names cover what the templates declare")
struct ReservedNamesTests {
    /// A declaration in a template: its name (`nil` when a tag writes it), the line, and its owner's header.
    struct Declaration {
        var name: String?
        var line: Int
        var file: String
    }

    /// Top-level declarations, and member declarations by the header of the type that holds them.
    static func declarations(in file: String) throws -> (topLevel: [Declaration], members: [(owner: String, member: Declaration)]) {
        let text = try String(contentsOfFile: PackagePaths.path("Templates/" + file), encoding: .utf8)
        var topLevel: [Declaration] = []
        var members: [(String, Declaration)] = []
        var owner: String?
        let keywords = #"(?:struct|enum|protocol|extension|typealias|class|actor)"#
        let topPattern = try Regex(#"^(?:\{\{access\}\}|\{\{#recursive\}\}indirect \{\{/recursive\}\}|indirect |final |nonisolated )*"# + keywords + #" (\{\{\{?\w+\}\}\}?|\w+)"#)
        let memberPattern = try Regex(
            #"^    (?:\{\{\{attribute\}\}\})?(?:\{\{access\}\})?(?:@\w+ )?(?:static |private |mutating |nonisolated |@concurrent )*(let|var|func|case|init|enum|struct|typealias)\b ?(\{\{\{?\w+\}\}\}?|`?\w+`?)?"#)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(line)
            if let match = line.firstMatch(of: topPattern) {
                let name = String(match.output[1].substring ?? "")
                owner = line
                if !line.contains("extension "), !name.hasPrefix("{{") {
                    topLevel.append(Declaration(name: name, line: index + 1, file: file))
                }
            } else if let owner, let match = line.firstMatch(of: memberPattern) {
                let keyword = String(match.output[1].substring ?? "")
                var name = match.output[2].substring.map(String.init)
                if keyword == "init" { name = "init" }
                if let written = name, written.hasPrefix("{{") { name = nil }
                members.append((owner, Declaration(name: name?.replacingOccurrences(of: "`", with: ""), line: index + 1, file: file)))
            }
        }
        return (topLevel, members)
    }

    /// The public top-level types of the runtime library, `Sources/GenRuntime`, by file.
    static func runtimeTypes() throws -> [(name: String, file: String)] {
        let folder = PackagePaths.path("Sources/GenRuntime")
        let declaration = try Regex(#"^public (?:final |nonisolated )?(?:struct|enum|protocol|class|actor|typealias) (\w+)"#)
        return try PackagePaths.swiftFiles(under: "Sources/GenRuntime").flatMap { file in
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            return text.split(separator: "\n").compactMap { line in
                line.firstMatch(of: declaration).flatMap { $0.output[1].substring }.map { (String($0), file) }
            }
        }
    }

    static let files = [
        "Client.mustache", "Errors.mustache", "Operations.mustache", "Server.mustache", "Support.mustache", "Types.mustache", "checks.mustache",
        "responseCase.mustache", "type.mustache",
    ]

    /// The reserved names that apply to the members of a type, chosen by its header; `nil` for types whose
    /// members are all the templates' own (no document name lands beside them).
    static func context(of header: String) -> [String]? {
        if header.contains("{{clientName}}") || header.contains("{{serverProtocolName}}") { return ReservedNames.clientMembers }
        if header.contains("{{requestType}}") || header.contains("protocol OperationInput") { return ReservedNames.requestMembers }
        if header.contains("{{errorType}}") || header.contains("OperationError") { return ReservedNames.errorCases }
        if header.contains("Credentials") && !header.contains("BasicCredentials") { return ReservedNames.credentialMembers }
        // An enum over JSON values also writes `init(from:)` and `encode(to:)`, which its cases may be named.
        if header.contains("RawRepresentable") || header.contains("ParameterValue") { return ReservedNames.enumCases + ReservedNames.modelMembers }
        if header.contains("ResponseHeaders") { return ReservedNames.headerMembers }
        if header.contains("{{enumName}}") { return ReservedNames.contentCases }
        if header.contains("{{name}}") || header.contains("protocol Validatable") {
            return ReservedNames.modelMembers + [ReservedNames.extraKeys]
        }
        return nil
    }

    @Test(arguments: files)
    func everyTopLevelTypeIsReserved(file: String) throws {
        let (topLevel, _) = try Self.declarations(in: file)
        for declaration in topLevel {
            let name = try #require(declaration.name)
            let reserved = ReservedNames.types.contains(name)
            #expect(
                reserved,
                "Templates/\(file):\(declaration.line) declares the type '\(name)', which ReservedNames.types does not list")
        }
    }

    @Test(arguments: files)
    func everyMemberBesideDocumentNamesIsReserved(file: String) throws {
        let (_, members) = try Self.declarations(in: file)
        for (owner, member) in members {
            guard let name = member.name, let context = Self.context(of: owner) else { continue }
            let reserved = context.contains(name)
            #expect(
                reserved,
                "Templates/\(file):\(member.line) declares '\(name)' in '\(owner.trimmingCharacters(in: .whitespaces))', which its ReservedNames context does not list")
        }
    }

    /// The runtime library declares exactly the types `ReservedNames.genRuntimeTypes` lists: a type added to it
    /// is reserved before a schema can shadow it, and the list keeps no name the library dropped.
    @Test func theRuntimeLibraryDeclaresTheReservedRuntimeTypes() throws {
        let declared = try Self.runtimeTypes()
        for (name, file) in declared {
            #expect(ReservedNames.genRuntimeTypes.contains(name), "Sources/GenRuntime/\(file) declares '\(name)', which ReservedNames.genRuntimeTypes does not list")
        }
        let names = Set(declared.map(\.name))
        for name in ReservedNames.genRuntimeTypes.subtracting(names).sorted() {
            Issue.record("ReservedNames.genRuntimeTypes lists '\(name)', which Sources/GenRuntime does not declare")
        }
        #expect(ReservedNames.genRuntimeTypes.isSubset(of: ReservedNames.types))
    }

    /// The parser finds declarations at all: a test that read nothing would pass every template.
    @Test func theTemplatesDeclareWhatTheParserFinds() throws {
        #expect(try Self.runtimeTypes().map(\.name).contains("ServerStub"))
        let support = try Self.declarations(in: "Support.mustache")
        #expect(support.members.contains { $0.owner.contains("{{credentialsName}}") && $0.member.name == "has" })
        #expect(support.members.contains { $0.owner.contains("{{credentialsName}}") && $0.member.name == "Scheme" })
        let client = try Self.declarations(in: "Client.mustache")
        #expect(client.members.contains { $0.owner.contains("{{clientName}}") && $0.member.name == "serverURL" })
        let types = try Self.declarations(in: "type.mustache")
        #expect(types.members.contains { $0.member.name == "encode" })
    }

    /// Names the generated code writes unqualified from Swift, Foundation, HTTPTypes, OpenAPIRuntime and GenRuntime: every
    /// capitalised identifier in a template that no template declares must be reserved, or a schema of that
    /// name would shadow it.
    @Test(arguments: files)
    func everyTypeTheTemplatesUseIsReserved(file: String) throws {
        let text = try String(contentsOfFile: PackagePaths.path("Templates/" + file), encoding: .utf8)
        let code = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") && !$0.contains("{{!") }
        // Identifiers after a dot are members (`.iso8601`, `Swift.Collection`), string contents are text.
        let identifier = try Regex(#"(?:^|[^.\w"\\])([A-Z][A-Za-z0-9]*)\b"#)
        var used: Set<String> = []
        for line in code {
            let withoutStrings = String(line).replacing(try Regex(#""(?:[^"\\]|\\.)*""#), with: "\"\"")
            for match in withoutStrings.matches(of: identifier) {
                if let name = match.output[1].substring { used.insert(String(name)) }
            }
        }
        let declaredHere = Set(try Self.files.flatMap { try Self.declarations(in: $0).topLevel.compactMap(\.name) })
            .union(try Self.runtimeTypes().map(\.name))
        // Members and generic parameters the templates name with a capital: not types a schema could shadow.
        let notTypes: Set<String> = ["Body", "Value", "Wrapped", "Element", "Key", "Known", "Failure", "Box", "Scheme", "Servers", "RawValue", "CONTENT_TYPE", "TEXT",
            // The SPI group of `@_spi(Generated) import GenRuntime`.
            "Generated"]
        for name in used.subtracting(declaredHere).subtracting(notTypes).sorted() {
            let reserved = ReservedNames.types.contains(name)
            #expect(reserved, "Templates/\(file) uses '\(name)' unqualified; reserve it in ReservedNames.types or qualify it")
        }
    }
}

/// The landmine document uses every reserved type name as a schema, a property, an enum case and a query
/// parameter, so `Generated/Landmine` compiling proves none of them can break the generated code.
@Suite("The landmine covers every reserved name")
struct LandmineCoverageTests {
    @Test func everyReservedTypeNameIsASchemaPropertyCaseAndParameter() throws {
        let (loaded, _) = DocumentLoader.load(path: PackagePaths.path("specs/landmine.yaml"))
        let document = try #require(loaded?.document)
        let schemas = document.components.schemas
        let schemaNames = Set(schemas.map(\.name))
        let properties = Set(try #require(schemas.first { $0.name == "ReservedAsProperties" }).schema.properties.map(\.name))
        let cases = Set((try #require(schemas.first { $0.name == "ReservedAsCases" }).schema.enumValues ?? []).compactMap(\.text))
        let operation = document.paths.lazy.compactMap { entry -> OpenAPI.Operation? in
            guard case .value(let item) = entry.item else { return nil }
            return item.operations.first { $0.1.operationId == "reservedTypeNames" }?.1
        }.first
        let parameters = Set((try #require(operation)).parameters.compactMap { parameter -> String? in
            if case .value(let value) = parameter { return value.name }
            return nil
        })
        for name in ReservedNames.types.sorted() {
            #expect(schemaNames.contains(name), "specs/landmine.yaml has no schema named '\(name)'")
            #expect(properties.contains(name), "ReservedAsProperties has no property named '\(name)'")
            #expect(cases.contains(name), "ReservedAsCases has no case '\(name)'")
            #expect(parameters.contains(name), "reservedTypeNames has no parameter named '\(name)'")
        }
    }
}
