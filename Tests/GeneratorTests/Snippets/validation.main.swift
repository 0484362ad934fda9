// Runs against the module generated from validation.yaml: every rule on a body is enforced, nested values and
// arrays included, with the failing name's path; a response that breaks the rules is invalidResponse.
import Foundation
import GenRuntime
import HTTPTypes
import OpenAPIRuntime

func expectFailure(_ order: Order, name: String, rule: String) {
    do {
        try order.validate()
        fatalError("expected \(rule) on \(name)")
    } catch {
        precondition(error.name == name && error.rule == rule && error.location == "body", "got \(error)")
    }
}

let good = Order(id: "ord_1", lines: [Line(sku: "a", quantity: 2, price: 9.99)], shipping: Address(country: "NL"), payment: .card(Card(last4: "4242")))
try good.validate()
expectFailure(Order(id: "bad", lines: [Line(sku: "a", quantity: 1)]), name: "id", rule: "pattern")
expectFailure(Order(id: "ord_1", lines: []), name: "lines", rule: "minItems")
expectFailure(Order(id: "ord_1", lines: [Line(sku: "a", quantity: 1), Line(sku: "b", quantity: 100)]), name: "lines[1].quantity", rule: "maximum")
expectFailure(Order(id: "ord_1", lines: [Line(sku: "a", quantity: 1, price: 0.015)]), name: "lines[0].price", rule: "multipleOf")
expectFailure(Order(id: "ord_1", lines: [Line(sku: "a", quantity: 1)], shipping: Address(country: "NLD")), name: "shipping.country", rule: "maxLength")
expectFailure(Order(id: "ord_1", lines: [Line(sku: "a", quantity: 1)], payment: .card(Card(last4: "42"))), name: "payment.last4", rule: "pattern")

/// Answers every request with one fixed response.
struct Fixed: ClientTransport {
    var body: String
    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        (HTTPResponse(status: .created), HTTPBody(self.body))
    }
}

// The client refuses a body that breaks the rules and sends nothing.
do throws(CreateOrderError) {
    _ = try await SnippetClient(transport: Fixed(body: "{}")).createOrder(body: Order(id: "x", lines: []))
    fatalError("expected invalidArgument")
} catch .invalidArgument(let failure) {
    precondition(failure.name == "id", "\(failure)")
} catch {
    fatalError("unexpected \(error)")
}
// A response that breaks them is an invalid response.
do throws(CreateOrderError) {
    _ = try await SnippetClient(transport: Fixed(body: #"{"id":"ord_1","lines":[]}"#)).createOrder(body: good)
    fatalError("expected invalidResponse")
} catch .invalidResponse(let status, _) {
    precondition(status == 201)
} catch {
    fatalError("unexpected \(error)")
}
print("ok")
