import Foundation
import HTTPTypes

/// Media types: which of a body's documented media types a `Content-Type` names, and which ones an `Accept`
/// header asks for.
@_spi(Generated)
extension Wire {
    /// Whether a content type is JSON: `application/json`, `text/json`, or any `…+json`
    /// (`application/problem+json`), whatever its parameters.
    static func isJSON(_ contentType: String) -> Bool {
        let range = MediaRange(contentType)
        return ((range.type == "application" || range.type == "text") && range.subtype == "json")
            || range.subtype.hasSuffix("+json")
    }

    /// The index in `mediaTypes` (as the document writes them, wildcards allowed) of the one `contentType`
    /// names: the same type first, then a documented range (`image/*`, `*/*`); parameters such as `charset` do
    /// not count. `nil` when none matches or there is no content type.
    public static func mediaTypeIndex(_ contentType: String?, among mediaTypes: [String]) -> Int? {
        guard let contentType else { return nil }
        let given = MediaRange(contentType)
        let documented = mediaTypes.map(MediaRange.init)
        return documented.firstIndex { $0 == given } ?? documented.firstIndex { $0.contains(given) }
    }

    /// The failure (answered 415) of a request whose `contentType` names none of the body's documented
    /// `mediaTypes`; `nil` when it names one, when it has no `Content-Type`, or when no body is documented.
    /// JSON under any JSON media type (`text/json` for `application/json`) is read as the JSON body it is.
    static func contentTypeFailure(_ contentType: String?, among mediaTypes: [String]) -> ValidationFailure? {
        guard !mediaTypes.isEmpty, let contentType, mediaTypeIndex(contentType, among: mediaTypes) == nil else {
            return nil
        }
        if isJSON(contentType), mediaTypes.contains(where: isJSON) { return nil }
        let message =
            "has the content type '\(contentType)', not one of " + mediaTypes.map { "'\($0)'" }.joined(separator: ", ")
        return ValidationFailure(location: "request", name: "", rule: "contentType", message: message)
    }

    /// The media types of `all` the request's `Accept` header asks for, most preferred first (by `q`, then in
    /// the header's order, then in the document's); every one when there is no `Accept` header, none when it
    /// accepts none of them.
    public static func accepted<MediaType: RawRepresentable>(
        _ request: HTTPRequest, among all: [MediaType]
    ) -> [MediaType] where MediaType.RawValue == String {
        let header = request.headerFields[values: .accept].joined(separator: ",")
        guard !header.trimmingCharacters(in: .whitespaces).isEmpty else { return all }
        var ranges: [(range: MediaRange, quality: Double)] = []
        for item in header.split(separator: ",") {
            let range = MediaRange(String(item))
            guard !range.type.isEmpty else { continue }
            ranges.append((range, range.quality))
        }
        var chosen: [MediaType] = []
        for entry in ranges.enumerated().sorted(by: {
            ($0.element.quality, -$0.offset) > ($1.element.quality, -$1.offset)
        })
        where entry.element.quality > 0 {
            for mediaType in all where !chosen.contains(where: { $0.rawValue == mediaType.rawValue }) {
                let documented = MediaRange(mediaType.rawValue)
                if entry.element.range.contains(documented) || documented.contains(entry.element.range) {
                    chosen.append(mediaType)
                }
            }
        }
        return chosen
    }

    /// The `Accept` header of a client that takes the given media types, in order.
    public static func acceptHeader<MediaType: RawRepresentable>(_ mediaTypes: [MediaType]) -> String
    where MediaType.RawValue == String {
        mediaTypes.map(\.rawValue).joined(separator: ", ")
    }
}

/// `type/subtype` (either may be `*`), lowercased, with its `q` parameter.
private struct MediaRange: Equatable {
    var type: String
    var subtype: String
    var quality: Double

    init(_ text: String) {
        let parts = text.split(separator: ";", omittingEmptySubsequences: false)
        let essence = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
        let slash = essence.firstIndex(of: "/")
        type = slash.map { String(essence[..<$0]) } ?? essence
        subtype = slash.map { String(essence[essence.index(after: $0)...]) } ?? ""
        quality = 1
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "q", let value = Double(pair[1]), (0...1).contains(value) {
                quality = value
            }
        }
    }

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.type == rhs.type && lhs.subtype == rhs.subtype }

    /// Whether this range covers `other`: `*/*` covers all, `image/*` every image type.
    func contains(_ other: MediaRange) -> Bool {
        if type == "*" { return true }
        return type == other.type && (subtype == "*" || subtype == other.subtype)
    }
}
