import Foundation
@testable import Lowering
@testable import Rendering
import TestSupport
import Testing

/// `ImportAccess`: which modules a file's public declarations use, and the import lines it writes from that.
@Suite("Rendering: the access of each import")
struct ImportAccessTests {
    func used(_ text: String, _ access: RenderOptions.Access = .public) -> [String] {
        let names = ImportAccess.names(in: text, access: access)
        return ImportAccess.modules(of: names.used, declared: names.declared, aliases: names.aliases).sorted()
    }

    func apply(_ files: [GeneratedFile], _ access: RenderOptions.Access) -> [GeneratedFile] {
        ImportAccess.apply(to: files, using: files.map { ImportAccess.names(in: $0.contents, access: access) }, access: access)
    }

    @Test func signaturesConformancesCasesAndRequirementsCount() {
        #expect(used("public struct A { public var at: Date }") == ["Foundation"])
        #expect(used("public func f(\n    url: URL = Servers.main\n) async throws(E) -> HTTPBody {\n    fatalError()\n}") == ["Foundation", "OpenAPIRuntime"])
        #expect(used("public struct A: Codable, Validatable {}") == ["GenRuntime"])
        #expect(used("nonisolated extension A: OperationInput {\n    static let method = HTTPRequest.Method.get\n}") == ["GenRuntime"])
        #expect(used("public enum E: Error {\n    case transport(any Error)\n    case undocumented(status: Int, body: HTTPBody?)\n}") == ["OpenAPIRuntime"])
        #expect(used("public protocol P: Sendable {\n    func f(_ request: R) async throws(E) -> JSONValue\n}") == ["GenRuntime"])
        #expect(used("public enum Servers {\n    public static let main = URL(string: \"https://a\")!\n}") == ["Foundation"])
        // An event stream's case alone, as a shard holding one streaming operation has it.
        #expect(used("public nonisolated enum C: Hashable, Sendable {\n    case eventStream(BodyStream<ServerSentEventWithJSONData<E>>)\n}") == ["GenRuntime", "OpenAPIRuntime"])
    }

    /// Every HTTPTypes and OpenAPIRuntime type the templates and type spellings write unqualified is one whose
    /// import the table knows: a file whose only use of OpenAPIRuntime is an event stream still gets `public import`.
    @Test func everyRuntimeTypeGenWritesHasItsModule() {
        let known = (ImportAccess.modules["HTTPTypes"] ?? []).union(ImportAccess.modules["OpenAPIRuntime"] ?? [])
        #expect(ReservedNames.runtimeTypes.subtracting(known).isEmpty, "\(ReservedNames.runtimeTypes.subtracting(known).sorted())")
    }

    @Test func bodiesInternalDeclarationsCommentsAndStringsDoNot() {
        #expect(used("public func f() {\n    let url = URL(string: \"x\")\n    _ = HTTPRequest(method: .get)\n}").isEmpty)
        #expect(used("struct A { var at: Date }\nextension B {\n    func f(_ r: HTTPRequest) {}\n    enum Scheme { case a(Data) }\n}").isEmpty)
        #expect(used("/// Returns a `URL`, a `Date` and `HTTPBody`.\n/* Data */ public var a: Int = 1").isEmpty)
        #expect(used("public let a = \"URL Date { HTTPBody\"\npublic let b = #\"Data\"#").isEmpty)
        #expect(used("public enum E {\n    case a\n    public func f() {\n        switch self {\n        case .a: _ = Date()\n        }\n    }\n}").isEmpty)
    }

    @Test func theModulesOwnTypesAreNotAnImports() {
        // A schema named like a Foundation type gen never writes is the module's own.
        #expect(used("public struct Locale: Codable {}\npublic struct A { public var locale: Locale }").isEmpty)
    }

    @Test func anAliasUsesWhatItStandsForInEveryFile() {
        let header = "import Foundation\n\n"
        let types = GeneratedFile(name: "Types.swift", contents: header + "public typealias ModifiedAt = Date\n")
        let operations = GeneratedFile(name: "Operations.swift", contents: header + "public struct R {\n    public var since: ModifiedAt?\n}\n")
        let other = GeneratedFile(name: "Errors.swift", contents: header + "public struct E {\n    public var at: Int\n}\n")
        let files = apply([types, operations, other], .public)
        #expect(files[0].contents.hasPrefix("public import Foundation\n"))
        #expect(files[1].contents.hasPrefix("public import Foundation\n"), "the alias's use in another file")
        #expect(files[2].contents.hasPrefix("import Foundation\n"))
    }

    /// The compiler holds a file that names an alias to the alias's outermost type only (asana's `EmptyResponse =
    /// [String: JSONValue]`: a public import of GenRuntime for it alone is "not used", an error under the strictest
    /// setting).
    @Test func anAliasOfACollectionOrOptionalUsesNothingElsewhere() {
        let header = "import Foundation\n@_spi(Generated) import GenRuntime\n\n"
        let types = GeneratedFile(
            name: "Types.swift",
            contents: header + "public typealias Empty = [String: JSONValue]\npublic typealias Maybe = JSONValue?\npublic typealias Boxed = Indirect<Int>\n")
        let collection = GeneratedFile(name: "A.swift", contents: header + "public struct A {\n    public var e: Empty\n    public var m: Maybe\n}\n")
        let boxed = GeneratedFile(name: "B.swift", contents: header + "public struct B {\n    public var b: Boxed\n}\n")
        let files = apply([types, collection, boxed], .public)
        #expect(files[0].contents.contains("@_spi(Generated) public import GenRuntime\n"))
        #expect(files[1].contents.contains("@_spi(Generated) import GenRuntime\n"), "an alias of a collection or optional")
        #expect(files[2].contents.contains("@_spi(Generated) public import GenRuntime\n"), "an alias of a GenRuntime type")
    }

    @Test func aPackageTypesConformancesDoNotCountItsSignaturesDo() {
        #expect(used("package struct A: Validatable { package var at: Date }", .package) == ["Foundation"])
        #expect(used("nonisolated extension A: OperationInput {}", .package).isEmpty)
    }

    @Test func importLinesGetTheAccessTheirModuleNeeds() {
        let header = "// Generated by gen. Do not edit.\nimport Foundation\n@_spi(Generated) import GenRuntime\nimport HTTPTypes\n\n"
        let types = GeneratedFile(name: "Types.swift", contents: header + "public struct A: Validatable { public var at: Date }\n")
        let support = GeneratedFile(name: "Support.swift", contents: header + "public struct C { public var r: String }\n")
        let files = [types, support]
        let published = apply(files, .public)
        #expect(published[0].contents.hasPrefix("// Generated by gen. Do not edit.\npublic import Foundation\n@_spi(Generated) public import GenRuntime\nimport HTTPTypes\n\npublic struct A"))
        #expect(published[1].contents == support.contents, "a file that uses nothing keeps plain imports")

        // Package: once any file says `package import X`, no file may import X plainly.
        let packaged = files.map { GeneratedFile(name: $0.name, contents: $0.contents.replacingOccurrences(of: "public ", with: "package ")) }
        let package = apply(packaged, .package)
        #expect(package[0].contents.hasPrefix("// Generated by gen. Do not edit.\npackage import Foundation\n@_spi(Generated) import GenRuntime\nimport HTTPTypes\n"))
        #expect(package[1].contents.hasPrefix("// Generated by gen. Do not edit.\ninternal import Foundation\n@_spi(Generated) import GenRuntime\n"))

        let unchanged = apply(files, .internal)
        #expect(unchanged.map(\.contents) == files.map(\.contents))
    }

    /// Every public type of GenRuntime that generated declarations could name is known to belong to GenRuntime;
    /// a type missing here would be imported plainly, and fail under internal imports by default.
    @Test func genRuntimesTypesAreAllKnown() throws {
        let folder = PackagePaths.path("Sources/GenRuntime")
        let declaration = try Regex(#"^public (?:final )?(?:struct|enum|protocol|class|actor|typealias) (\w+)"#)
        var found: Set<String> = []
        for file in PackagePaths.swiftFiles(under: "Sources/GenRuntime") {
            let lines = try String(contentsOfFile: folder + "/" + file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                // `@_spi(Generated)` types never appear in a public declaration.
                guard index == 0 || !lines[index - 1].hasPrefix("@_spi"), let match = line.firstMatch(of: declaration) else { continue }
                found.insert(String(match.output[1].substring ?? ""))
            }
        }
        #expect(found.count > 8, "read only \(found.sorted())")
        #expect(found.subtracting(ImportAccess.genRuntimeTypes).isEmpty, "not in ImportAccess.genRuntimeTypes: \(found.subtracting(ImportAccess.genRuntimeTypes).sorted())")
    }
}
