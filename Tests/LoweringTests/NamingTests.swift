import Lowering
import Source
import Testing

@Suite("Lowering: names")
struct NamingTests {
    @Test(arguments: [
        ("pet", "Pet"), ("Response_NoneType_", "ResponseNoneType"), ("HTTPValidationError", "HTTPValidationError"),
        ("user-profile", "UserProfile"), ("2FA Settings", "_2FASettings"), ("Error", "Error_"), ("Data", "Data_"),
        ("class", "Class"), ("Type", "Type_"), ("Self", "Self_"), ("a/b", "AB"), ("naïve", "Naïve"), ("日本語", "日本語"),
        ("🚀 Launch", "U1F680Launch"), ("$Money", "Money"), ("", "Value"), ("ServerStub", "ServerStub_"), ("Credentials", "Credentials"),
    ])
    func typeNames(text: String, expected: String) {
        #expect(Naming.typeName(text) == expected)
    }

    @Test(arguments: [
        ("setName", "setName"), ("secret_id", "secretId"), ("la_session", "laSession"), ("X-API-KEY", "xAPIKEY"),
        ("X-Api-Key", "xApiKey"), ("URL", "url"), ("HTTPStatus", "httpStatus"), ("class", "`class`"), ("default", "`default`"),
        ("self", "self_"), ("init", "init_"), ("Type", "type"), ("2fa-enabled", "_2faEnabled"), ("$ref", "ref"),
        ("page[size]", "pageSize"), ("+1", "_1"), ("user name", "userName"), ("@context", "context"),
    ])
    func propertyNames(text: String, expected: String) {
        let name = Naming.propertyName(text)
        #expect(name.spelled == expected)
        #expect(name.bare == String(expected.filter { $0 != "`" }))
    }

    @Test(arguments: [("none", "none_"), ("some", "some_"), ("OK", "ok"), ("case", "`case`"), ("true", "`true`"), ("rawValue", "rawValue_")])
    func caseNames(text: String, expected: String) {
        let name = Naming.caseName(text)
        #expect(name.spelled == expected)
        #expect(name.bare == String(expected.filter { $0 != "`" }))
    }

    @Test func namesEqualAfterManglingAreNumbered() {
        var scope = NameScope()
        let names: [MemberName] = ["getPets", "getPets", "getPets", "default", "default"]
        #expect(names.map { scope.claim($0).spelled } == ["getPets", "getPets2", "getPets3", "`default`", "default2"])
    }

    @Test func aNumberAfterANameEndingInADigitIsSetApart() {
        var scope = NameScope()
        #expect(["v1", "v1", "v1", "_12", "_12", "sha256", "sha256"].map { scope.claim($0) } == ["v1", "v1_2", "v1_3", "_12", "_12_2", "sha256", "sha256_2"])
    }

    @Test func typeNamesDifferingOnlyInCaseAreKeptApart() {
        var scope = NameScope(caseInsensitive: true)
        #expect(scope.claim("Pet") == "Pet")
        #expect(scope.claim("PET") == "PET2")
        #expect(scope.contains("pet"))
    }
}
