import Foundation
import OpenAPIRuntime

/// One part of a `multipart/form-data` body (RFC 7578): a field's name, a file's name and media type, and its
/// bytes, in memory or (a file the client sends) as they are read.
struct MultipartPart {
    enum Payload {
        case data(Data)
        case body(HTTPBody)
    }

    var name: String
    var filename: String?
    var contentType: String?
    var payload: Payload

    /// The bytes of a part read from a collected body.
    var data: Data {
        if case .data(let data) = payload { return data }
        return Data()
    }

    var text: String { String(decoding: data, as: UTF8.self) }
}

/// Writes parts as a multipart body and reads them back. Names and file names are quoted as browsers quote
/// them (the HTML standard): `"` as `%22`, CR as `%0D`, LF as `%0A`; reading undoes that, and the backslash
/// escapes of `\"` and `\\` that curl writes.
enum MultipartFraming {
    /// A boundary no part is likely to contain: 32 random hexadecimal digits after a fixed prefix.
    static func makeBoundary() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = (0..<32).map { _ in String(generator.next(upperBound: UInt8(16)), radix: 16) }
        return "gen-boundary-" + digits.joined()
    }

    /// The body of `parts` between `boundary` lines; a file's bytes are read only as the body is. Its length is
    /// known when every file's is.
    static func body(_ parts: [MultipartPart], boundary: String) -> HTTPBody {
        var segments: [MultipartSegments.Segment] = []
        var pending: [UInt8] = []
        for part in parts {
            pending += Array("--\(boundary)\r\n".utf8) + head(part) + Array("\r\n".utf8)
            switch part.payload {
            case .data(let data): pending += data
            case .body(let body):
                segments.append(.bytes(pending))
                segments.append(.body(body))
                pending = []
            }
            pending += Array("\r\n".utf8)
        }
        pending += Array("--\(boundary)--\r\n".utf8)
        segments.append(.bytes(pending))

        var length: Int? = 0
        var single = false
        for segment in segments {
            switch segment {
            case .bytes(let bytes): length = length.map { $0 + bytes.count }
            case .body(let body):
                if case .known(let count) = body.length {
                    length = length.map { $0 + Int(count) }
                } else {
                    length = nil
                }
                if body.iterationBehavior == .single { single = true }
            }
        }
        return HTTPBody(
            MultipartSegments(segments: segments), length: length.map { .known(Int64($0)) } ?? .unknown,
            iterationBehavior: single ? .single : .multiple)
    }

    /// The header lines of a part, each ending in CRLF.
    private static func head(_ part: MultipartPart) -> [UInt8] {
        var disposition = "form-data; name=\"\(quoted(part.name))\""
        if let filename = part.filename { disposition += "; filename=\"\(quoted(filename))\"" }
        var lines = "Content-Disposition: \(disposition)\r\n"
        if let contentType = part.contentType { lines += "Content-Type: \(contentType)\r\n" }
        return Array(lines.utf8)
    }

    private static func quoted(_ text: String) -> String {
        var result = ""
        for character in text.unicodeScalars {
            switch character {
            case "\"": result += "%22"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    // MARK: Reading

    /// The `boundary` parameter of a `multipart/…` content type.
    static func boundary(of contentType: String?) -> String? {
        guard let contentType else { return nil }
        let parameters = contentType.split(separator: ";").dropFirst()
        for parameter in parameters {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else {
                continue
            }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The parts of a collected body, in order; `nil` when the body is not framed by `boundary`.
    static func parts(of data: Data, boundary: String) -> [MultipartPart]? {
        let bytes = [UInt8](data)
        let delimiter = Array("--\(boundary)".utf8)
        // The first delimiter opens the body (a preamble before it is ignored); each later one follows a CRLF.
        guard var position = find(delimiter, in: bytes, from: 0),
            position == 0 || position >= 2 && bytes[position - 2..<position] == [13, 10]
        else {
            return nil
        }
        let separator = [13, 10] + delimiter
        var parts: [MultipartPart] = []
        while true {
            position += delimiter.count
            if bytes[position...].starts(with: [45, 45]) { return parts } // `--`: the closing delimiter
            // Transport padding (spaces, tabs) may follow a delimiter before its CRLF.
            while position < bytes.count, bytes[position] == 32 || bytes[position] == 9 { position += 1 }
            guard bytes[position...].starts(with: [13, 10]) else { return nil }
            position += 2
            // The header lines end in an empty line; a part may have none.
            let head: String
            let start: Int
            if bytes[position...].starts(with: [13, 10]) {
                (head, start) = ("", position + 2)
            } else {
                guard let blank = find([13, 10, 13, 10], in: bytes, from: position) else { return nil }
                (head, start) = (String(decoding: bytes[position..<blank], as: UTF8.self), blank + 4)
            }
            guard let end = find(separator, in: bytes, from: start), var part = self.part(head: head) else {
                return nil
            }
            part.payload = .data(Data(bytes[start..<end]))
            parts.append(part)
            position = end + 2
        }
    }

    /// A part's name, file name and media type from its header lines; `nil` without a `form-data` name.
    private static func part(head: String) -> MultipartPart? {
        var name: String?
        var filename: String?
        var contentType: String?
        for line in head.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let field = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch field {
            case "content-disposition":
                let parameters = dispositionParameters(value)
                name = parameters["name"]
                filename = parameters["filename*"].flatMap(extendedValue) ?? parameters["filename"]
            case "content-type": contentType = value
            default: continue
            }
        }
        return name.map {
            MultipartPart(name: $0, filename: filename, contentType: contentType, payload: .data(Data()))
        }
    }

    /// The parameters of `form-data; name="a"; filename="b.png"`, names lowercased, quoted values unquoted.
    private static func dispositionParameters(_ value: String) -> [String: String] {
        var result: [String: String] = [:]
        var scalars = Substring(value).unicodeScalars[...]
        // Skip the disposition type.
        while let first = scalars.first, first != ";" { scalars.removeFirst() }
        while !scalars.isEmpty {
            scalars.removeFirst() // `;`
            while scalars.first == " " || scalars.first == "\t" { scalars.removeFirst() }
            var key = ""
            while let first = scalars.first, first != "=", first != ";" {
                key.unicodeScalars.append(scalars.removeFirst())
            }
            guard scalars.first == "=" else { continue }
            scalars.removeFirst()
            var text = ""
            if scalars.first == "\"" {
                scalars.removeFirst()
                while let first = scalars.first, first != "\"" {
                    scalars.removeFirst()
                    // A backslash escapes only `"` and itself (as curl writes them); before anything else it is
                    // itself (as browsers write a Windows path).
                    if first == "\\", let escaped = scalars.first, escaped == "\"" || escaped == "\\" {
                        text.unicodeScalars.append(escaped)
                        scalars.removeFirst()
                    } else {
                        text.unicodeScalars.append(first)
                    }
                }
                if !scalars.isEmpty { scalars.removeFirst() }
                while let first = scalars.first, first != ";" { scalars.removeFirst() }
                text = text.replacingOccurrences(of: "%22", with: "\"").replacingOccurrences(of: "%0D", with: "\r")
                    .replacingOccurrences(of: "%0A", with: "\n")
            } else {
                while let first = scalars.first, first != ";" { text.unicodeScalars.append(scalars.removeFirst()) }
                text = text.trimmingCharacters(in: .whitespaces)
            }
            result[key.trimmingCharacters(in: .whitespaces).lowercased()] = text
        }
        return result
    }

    /// An RFC 8187 value, `UTF-8''na%C3%AFve.txt`; `nil` in another charset.
    private static func extendedValue(_ value: String) -> String? {
        let pieces = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces[0].lowercased() == "utf-8" else { return nil }
        return String(pieces[2]).percentDecoded
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

/// The bytes of a multipart body: fixed text between the parts, and each file's body read as it arrives.
struct MultipartSegments: AsyncSequence, Sendable {
    enum Segment: Sendable {
        case bytes([UInt8])
        case body(HTTPBody)
    }

    typealias Element = ArraySlice<UInt8>

    let segments: [Segment]

    func makeAsyncIterator() -> Iterator { Iterator(segments: segments[...]) }

    struct Iterator: AsyncIteratorProtocol {
        var segments: ArraySlice<Segment>
        var reading: HTTPBody.AsyncIterator?

        mutating func next() async throws -> ArraySlice<UInt8>? {
            while true {
                if var body = reading {
                    if let chunk = try await body.next() {
                        reading = body
                        if chunk.isEmpty { continue }
                        return chunk
                    }
                    reading = nil
                }
                guard let segment = segments.popFirst() else { return nil }
                switch segment {
                case .bytes(let bytes): if !bytes.isEmpty { return bytes[...] }
                case .body(let body): reading = body.makeAsyncIterator()
                }
            }
        }
    }
}
