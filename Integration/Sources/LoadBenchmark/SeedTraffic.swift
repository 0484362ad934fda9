/// The requests the benchmark sends to one seed API, as `demo-server` mounts it, and the statuses each may get:
/// three valid deletes (the first of a secret answers 200; the document's 404 follows for the seeds that
/// declare one), one without credentials (401 from the stub), and one the API refuses (a path parameter
/// that breaks its rule, or a wrong token). Any other status, any 5xx, or a broken exchange is an error.
struct SeedTraffic: Sendable {
    struct Request: Sendable {
        var bytes: [UInt8]
        var expected: Set<Int>
    }

    static let seeds = ["pipecat", "quiva", "devin", "liveavatar", "primeintellect"]

    var seed: String
    var requests: [Request]

    init(seed: String, token: String) {
        self.seed = seed
        let bearer = "Authorization: Bearer \(token)"
        func delete(_ path: String, _ header: String?, _ expected: Set<Int>) -> Request {
            let head = "DELETE \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (header.map { "\($0)\r\n" } ?? "") + "\r\n"
            return Request(bytes: Array(head.utf8), expected: expected)
        }
        switch seed {
        case "pipecat":
            requests = [
                delete("/pipecat/secrets/prod/OPENAI_KEY", bearer, [200, 404]),
                delete("/pipecat/secrets/prod/STRIPE_KEY", bearer, [200, 404]),
                delete("/pipecat/secrets/default/key-1", bearer, [200, 404]),
                delete("/pipecat/secrets/prod/sec_1", nil, [401]),
                delete("/pipecat/secrets/UP/sec_1", bearer, [400]),
            ]
        case "quiva":
            requests = [
                delete("/quiva/secrets/OPENAI_KEY", bearer, [200, 404]),
                delete("/quiva/secrets/sec_1", "X-Api-Key: \(token)", [200, 404]),
                delete("/quiva/secrets/key-1", bearer, [200, 404]),
                delete("/quiva/secrets/sec_2", nil, [401]),
                delete("/quiva/secrets/sec_2", "Authorization: Bearer wrong", [401]),
            ]
        case "devin":
            requests = [
                delete("/devin/v1/secrets/sec_1", bearer, [200]),
                delete("/devin/v1/secrets/sec_2", bearer, [200]),
                delete("/devin/v1/secrets/OPENAI_KEY", bearer, [200]),
                delete("/devin/v1/secrets/sec_1", nil, [401]),
                delete("/devin/v1/secrets/sec_1", "Authorization: Bearer wrong", [401]),
            ]
        case "liveavatar":
            requests = [
                delete("/liveavatar/v1/secrets/sec_1", "X-API-KEY: \(token)", [200]),
                delete("/liveavatar/v1/secrets/sec_2", "X-API-KEY: \(token)\r\nCookie: la_session=s1", [200]),
                delete("/liveavatar/v1/secrets/key-1", "X-API-KEY: \(token)", [200]),
                delete("/liveavatar/v1/secrets/sec_1", nil, [401]),
                delete("/liveavatar/v1/secrets/sec_1", "X-API-KEY: wrong", [401]),
            ]
        default:
            requests = [
                delete("/primeintellect/api/v1/secrets/sec_1?teamId=prod", bearer, [200]),
                delete("/primeintellect/api/v1/secrets/sec_2", bearer, [200]),
                delete("/primeintellect/api/v1/secrets/OPENAI_KEY?teamId=default", bearer, [200]),
                delete("/primeintellect/api/v1/secrets/sec_1", nil, [401]),
                delete("/primeintellect/api/v1/secrets/sec_1", "Authorization: Bearer wrong", [401]),
            ]
        }
    }
}
