/// Names for HTTP statuses as error-enum and result-enum cases, following RFC 9110 reason phrases
/// (the spelling `HTTPTypes` uses), so `404` reads `notFound` everywhere.
enum StatusNames {
    static func caseName(_ status: ResponseStatus) -> String {
        switch status {
        case .code(let code): names[code] ?? "status" + String(code)
        case .range(let first): ranges[first] ?? "status\(first)XX"
        case .default: "default"
        }
    }

    private static let ranges: [Int: String] = [
        1: "informational", 2: "success", 3: "redirection", 4: "clientError", 5: "serverError",
    ]

    private static let names: [Int: String] = [
        100: "continue", 101: "switchingProtocols", 103: "earlyHints",
        200: "ok", 201: "created", 202: "accepted", 203: "nonAuthoritativeInformation", 204: "noContent",
        205: "resetContent", 206: "partialContent", 207: "multiStatus",
        300: "multipleChoices", 301: "movedPermanently", 302: "found", 303: "seeOther", 304: "notModified",
        307: "temporaryRedirect", 308: "permanentRedirect",
        400: "badRequest", 401: "unauthorized", 402: "paymentRequired", 403: "forbidden", 404: "notFound",
        405: "methodNotAllowed", 406: "notAcceptable", 407: "proxyAuthenticationRequired", 408: "requestTimeout",
        409: "conflict", 410: "gone", 411: "lengthRequired", 412: "preconditionFailed", 413: "contentTooLarge",
        414: "uriTooLong", 415: "unsupportedMediaType", 416: "rangeNotSatisfiable", 417: "expectationFailed",
        418: "imATeapot", 421: "misdirectedRequest", 422: "unprocessableContent", 423: "locked",
        424: "failedDependency",
        425: "tooEarly", 426: "upgradeRequired", 428: "preconditionRequired", 429: "tooManyRequests",
        431: "requestHeaderFieldsTooLarge", 451: "unavailableForLegalReasons",
        500: "internalServerError", 501: "notImplemented", 502: "badGateway", 503: "serviceUnavailable",
        504: "gatewayTimeout", 505: "httpVersionNotSupported", 507: "insufficientStorage", 508: "loopDetected",
        511: "networkAuthenticationRequired",
    ]
}
