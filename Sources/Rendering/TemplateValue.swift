/// A value a template can place or open: final text, a flag, a list, or a context that answers keys. The four
/// kinds are known statically, so rendering never asks a value at run time which protocols it conforms to.
enum TemplateValue {
    case text(String)
    case flag(Bool)
    case list(any TemplateList)
    case object(any TemplateObject)

    init(_ text: String) { self = .text(text) }
    init(_ flag: Bool) { self = .flag(flag) }
    init(_ object: some TemplateObject) { self = .object(object) }
    init(_ list: [some TemplateElement]) { self = .list(list) }

    /// The value as its Swift type, for tests that compare it with the property it came from.
    var underlying: Any {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag
        case .list(let list): list.underlying
        case .object(let object): object
        }
    }
}

/// What a list holds: text (`doc` lines, optional parts) or contexts.
protocol TemplateElement {
    var templateValue: TemplateValue { get }
}

/// A context: a struct of `TemplateContext.swift`, answering each of its stored properties by name.
protocol TemplateObject: TemplateElement {
    /// The value of the property `key`, or nil when it has none, so the lookup climbs to the enclosing context.
    func child(named key: String) -> TemplateValue?
}

extension TemplateObject {
    var templateValue: TemplateValue { .object(self) }
}

extension String: TemplateElement {
    var templateValue: TemplateValue { .text(self) }
}

/// A section over a list renders once per element; an inverted one, only when the list is empty.
protocol TemplateList {
    var count: Int { get }
    func element(at index: Int) -> TemplateValue
    var underlying: Any { get }
}

extension Array: TemplateList where Element: TemplateElement {
    func element(at index: Int) -> TemplateValue { self[index].templateValue }
    var underlying: Any { self }
}
