import Foundation
@_spi(Generated) import GenRuntime
import OpenAPIRuntime
import Testing

/// The shape of a generated multipart body: a file, text fields, a list, a JSON object.
private struct Upload: Codable, Hashable {
    struct Place: Codable, Hashable {
        var name: String
    }

    var file: MultipartFile
    var caption: String
    var tags: [String]?
    var rating: Int?
    var place: Place?
    var extras: [MultipartFile]?
}

@Suite("multipart/form-data bodies, part by part")
struct MultipartTests {
    /// The body's text with its random boundary written as `B`.
    private func text(_ message: Wire.Multipart) async throws -> String {
        let boundary = try #require(message.contentType.split(separator: "=").last.map(String.init))
        let data = try await Data(collecting: message.body, upTo: 1 << 20)
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: boundary, with: "B")
    }

    @Test func eachPropertyIsAPartInDeclarationOrder() async throws {
        let upload = Upload(
            file: MultipartFile(Data("PNG".utf8), filename: #"my "best"\photo.png"#), caption: "Ünïcode, \"quoted\"", tags: ["a", "b"],
            rating: 4, place: .init(name: "Oslo"), extras: [MultipartFile(Data([0, 1]), contentType: "image/gif")])
        let message = try Wire.multipart(upload, partTypes: ["file": "image/png, image/jpeg", "caption": "text/plain; charset=utf-8"])
        #expect(message.contentType.hasPrefix("multipart/form-data; boundary=gen-boundary-"))
        let expected = [
            "--B", #"Content-Disposition: form-data; name="file"; filename="my %22best%22\photo.png""#, "Content-Type: image/png", "", "PNG",
            "--B", #"Content-Disposition: form-data; name="caption""#, "Content-Type: text/plain; charset=utf-8", "", "Ünïcode, \"quoted\"",
            "--B", #"Content-Disposition: form-data; name="tags""#, "", "a",
            "--B", #"Content-Disposition: form-data; name="tags""#, "", "b",
            "--B", #"Content-Disposition: form-data; name="rating""#, "", "4",
            "--B", #"Content-Disposition: form-data; name="place""#, "Content-Type: application/json", "", #"{"name":"Oslo"}"#,
            "--B", #"Content-Disposition: form-data; name="extras""#, "Content-Type: image/gif", "", "\u{0}\u{1}",
            "--B--", "",
        ].joined(separator: "\r\n")
        #expect(try await text(message) == expected)
        // Every length is known, so the body's is.
        #expect(message.body.length == .known(Int64(try await Data(collecting: message.body, upTo: 1 << 20).count)))
    }

    @Test func whatIsWrittenReadsBack() async throws {
        let upload = Upload(
            file: MultipartFile(Data("PNG".utf8), filename: "a\r\n\"b\".png"), caption: "line one\r\n--not a boundary", tags: ["x"],
            rating: nil, place: .init(name: "Bergen"), extras: [MultipartFile(Data([9])), MultipartFile(Data([8, 7]))])
        let message = try Wire.multipart(upload, partTypes: ["file": "image/*"])
        let data = try await Data(collecting: message.body, upTo: 1 << 20)
        let read = try Wire.multipart(data, contentType: message.contentType, as: Upload.self)
        #expect(read.caption == upload.caption && read.tags == ["x"] && read.rating == nil && read.place == upload.place)
        #expect(read.file.filename == "a\r\n\"b\".png")
        // A range (`image/*`) names no type a part can have; the file goes as bytes.
        #expect(read.file.contentType == "application/octet-stream")
        #expect(try await read.file.data() == Data("PNG".utf8))
        #expect(try await read.extras?.asyncMap { try await $0.data() } == [Data([9]), Data([8, 7])])
    }

    @Test func aFileStreamsAndItsUnknownLengthMakesTheBodysUnknown() async throws {
        let chunks = AsyncStream<ArraySlice<UInt8>> { continuation in
            for byte in 0..<3 { continuation.yield(ArraySlice(repeating: UInt8(65 + byte), count: 4)) }
            continuation.finish()
        }
        let upload = Upload(file: MultipartFile(HTTPBody(chunks, length: .unknown), filename: "s.txt", contentType: "text/plain"), caption: "c")
        let message = try Wire.multipart(upload)
        #expect(message.body.length == .unknown)
        #expect(try await text(message).contains("Content-Type: text/plain\r\n\r\nAAAABBBBCCCC\r\n--B\r\n"))
    }

    @Test func bodiesAsOtherClientsWriteThemAreRead() throws {
        // A preamble, transport padding after a delimiter, an RFC 8187 file name, a quoted boundary, parts in
        // another order, an unknown part, and an epilogue.
        let body = [
            "ignored preamble", "--xyz  ", #"Content-Disposition: form-data; name="caption""#, "", "hi",
            "--xyz", "content-disposition: form-data; name=\"file\"; filename=\"plain.txt\"; filename*=UTF-8''na%C3%AFve.txt",
            "CONTENT-TYPE: text/plain", "", "bytes",
            "--xyz", #"Content-Disposition: form-data; name="unknown""#, "", "?",
            "--xyz", #"Content-Disposition: form-data; name="rating""#, "", "5",
            "--xyz--", "epilogue",
        ].joined(separator: "\r\n")
        let read = try Wire.multipart(Data(body.utf8), contentType: #"multipart/form-data; boundary="xyz""#, as: Upload.self)
        #expect(read.caption == "hi" && read.rating == 5 && read.tags == nil)
        #expect(read.file.filename == "naïve.txt" && read.file.contentType == "text/plain")
    }

    @Test func bodiesThatAreNotFramedFailWithTheReason() {
        func failure(_ body: String, contentType: String?) -> ValidationFailure? {
            do {
                _ = try Wire.multipart(Data(body.utf8), contentType: contentType, as: Upload.self)
                return nil
            } catch {
                return error
            }
        }
        #expect(failure("", contentType: "multipart/form-data")?.message == "is multipart/form-data without a boundary in its Content-Type")
        let unclosed = "--b\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nhi"
        #expect(failure(unclosed, contentType: "multipart/form-data; boundary=b")?.message == "is not a multipart/form-data body framed by its boundary")
        let missing = "--b\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nhi\r\n--b--\r\n"
        let noFile = failure(missing, contentType: "multipart/form-data; boundary=b")
        #expect(noFile?.rule == "schema")
        #expect(noFile?.message.contains("the body has no part 'file'") == true, "\(String(describing: noFile))")
        let badNumber = "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx\r\n--b\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nc\r\n--b\r\nContent-Disposition: form-data; name=\"rating\"\r\n\r\nfive\r\n--b--"
        #expect(failure(badNumber, contentType: "multipart/form-data; boundary=b")?.message.contains("'five' is not a valid Int") == true)
    }

    @Test func aFieldInAStyleIsAPartPerPairItWrites() async throws {
        let upload = Upload(file: MultipartFile(Data("x".utf8)), caption: "c", tags: ["a", "b c"], place: .init(name: "Oslo & co"))
        let styles: Wire.FormStyles = ["place": (.deepObject, true), "tags": (.pipeDelimited, false)]
        let message = try Wire.multipart(upload, styles: styles)
        let written = try await text(message)
        #expect(written.contains("name=\"tags\"\r\n\r\na|b c\r\n"), "\(written)")
        #expect(written.contains("name=\"place[name]\"\r\n\r\nOslo & co\r\n"), "\(written)")
        let data = try await Data(collecting: message.body, upTo: 1 << 20)
        let read = try Wire.multipart(data, contentType: message.contentType, as: Upload.self, styles: styles)
        #expect(read.tags == ["a", "b c"] && read.place == upload.place)
    }

    @Test func aFileTravelsOnlyInAMultipartBody() {
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(Upload(file: MultipartFile(Data()), caption: "c")) }
    }
}

extension Array {
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
