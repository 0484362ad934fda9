import Foundation
import HTTPTypes

/// Building a request on the client side: query strings, cookies and header values.
@_spi(Generated)
extension Wire {
    /// Adds one pair to the query of a request's path.
    public static func appendQuery(_ request: inout HTTPRequest, _ name: String, _ value: String) {
        let path = request.path ?? "/"
        request.path = path + (path.contains("?") ? "&" : "?") + escaped(name) + "=" + escaped(value)
    }

    /// Adds a cookie to the request's `Cookie` header.
    public static func appendCookie(_ request: inout HTTPRequest, _ name: String, _ value: String) {
        appendCookies(&request, name + "=" + escaped(value))
    }

    /// Adds `name=value` text, one cookie or several joined by `; `, to the request's `Cookie` header.
    static func appendCookies(_ request: inout HTTPRequest, _ cookie: String) {
        if let existing = request.headerFields[.cookie] {
            request.headerFields[.cookie] = existing + "; " + cookie
        } else {
            request.headerFields[.cookie] = cookie
        }
    }

    /// A header parameter's value; line breaks and other control characters cannot travel in a header.
    public static func headerValue(_ value: String, _ name: String) throws(ValidationFailure) -> String {
        guard value.unicodeScalars.allSatisfy({ $0 == "\t" || ($0.value >= 0x20 && $0.value != 0x7F) }) else {
            let message = "must not contain line breaks or control characters"
            throw ValidationFailure(location: "header", name: name, rule: "header", message: message)
        }
        return value
    }
}
