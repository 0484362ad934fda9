import Foundation
@_spi(Generated) import GenRuntime
import Testing

@Suite("GenRuntime: JSON values, null, indirect storage, basic credentials")
struct ValueTests {
    @Test func jsonValueKeepsEveryKind() throws {
        let text = #"{"a":[null,true,1,1.5,"s",{}]}"#
        let value = try Wire.body(Data(text.utf8), as: JSONValue.self)
        #expect(value == .object(["a": .array([.null, .bool(true), .int(1), .double(1.5), .string("s"), .object([:])])]))
        #expect(String(decoding: try Wire.json(value), as: UTF8.self) == text)
    }

    struct Holder: Codable, Equatable {
        var note: JSONNull?
    }

    @Test func jsonNullIsPresentOnlyAsNull() throws {
        #expect(try Wire.body(Data(#"{"note":null}"#.utf8), as: Holder.self) == Holder(note: nil))
        #expect(throws: ValidationFailure.self) { try Wire.body(Data(#"{"note":1}"#.utf8), as: Holder.self) }
        #expect(String(decoding: try Wire.json([JSONNull()]), as: UTF8.self) == "[null]")
    }

    /// A patch coded the way generated types code their properties, one of each kind of `nil`.
    struct Patch: Codable, Equatable {
        var nickname: String??
        var extra: JSONValue?

        enum CodingKeys: String, CodingKey { case nickname, extra }

        init(nickname: String??, extra: JSONValue?) {
            self.nickname = nickname
            self.extra = extra
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.nickname = try container.decodeNullable(String.self, forKey: .nickname)
            self.extra = try container.decodeIfKeyPresent(JSONValue.self, forKey: .extra)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeNullable(nickname, forKey: .nickname)
            try container.encodeIfPresent(extra, forKey: .extra)
        }
    }

    @Test func absentAndNullAreDifferentValues() throws {
        let cases: [(String, Patch)] = [
            ("{}", Patch(nickname: nil, extra: nil)),
            (#"{"extra":null,"nickname":null}"#, Patch(nickname: .some(nil), extra: .null)),
            (#"{"extra":"x","nickname":"n"}"#, Patch(nickname: "n", extra: .string("x"))),
        ]
        for (text, patch) in cases {
            #expect(try Wire.body(Data(text.utf8), as: Patch.self) == patch, "\(text)")
            #expect(String(decoding: try Wire.json(patch), as: UTF8.self) == text)
        }
        #expect(throws: (any Error).self) { try Wire.body(Data(#"{"nickname":1}"#.utf8), as: Patch.self) }
    }

    struct Node: Codable, Hashable, Sendable {
        var name: String
        @Indirect var parent: Node?
    }

    @Test func indirectOptionalPropertiesMayBeAbsent() throws {
        let child = Node(name: "child", parent: Node(name: "root", parent: nil))
        let data = try Wire.json(child)
        #expect(String(decoding: data, as: UTF8.self) == #"{"name":"child","parent":{"name":"root"}}"#)
        #expect(try Wire.body(data, as: Node.self) == child)
    }

    @Test func basicCredentialsRoundTripThroughTheHeader() {
        let credentials = BasicCredentials(username: "ada", password: "p:ss")
        #expect(credentials.headerValue == "Basic YWRhOnA6c3M=")
        #expect(BasicCredentials(headerValue: credentials.headerValue) == credentials)
        #expect(BasicCredentials(headerValue: "basic YWRhOnA6c3M=") == credentials)
        #expect(BasicCredentials(headerValue: "Bearer YWRhOnA6c3M=") == nil)
        #expect(BasicCredentials(headerValue: "Basic bm9jb2xvbg==") == nil)
    }

    struct Extras: Codable {
        var extra: [String: Int]

        init(from decoder: any Decoder) throws {
            extra = try DynamicCodingKey.extras(from: decoder, excluding: ["id"])
        }

        func encode(to encoder: any Encoder) throws { try DynamicCodingKey.encode(extra, to: encoder) }
    }

    @Test func extraKeysAreThoseTheKnownKeysDoNotName() throws {
        let value = try Wire.body(Data(#"{"id":1,"b":2,"a":3}"#.utf8), as: Extras.self)
        #expect(value.extra == ["a": 3, "b": 2])
    }
}
