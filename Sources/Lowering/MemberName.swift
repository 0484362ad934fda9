/// The name of a property, parameter, method or enum case: the identifier itself, and how code spells it.
///
/// Names are made by `Naming` and kept unique by `NameScope`; the IR carries them in this form to the end, so a
/// name derived from another (`_default`, `defaultPattern`, `DefaultHeaders`) starts from the identifier, and
/// code that declares or uses one writes it as Swift needs it (`` `default` ``).
public struct MemberName: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The identifier: `default`, `userName`, `self_`.
    public let bare: String

    /// A name whose identifier is `bare`, already one Swift accepts as a member's (see `Naming`).
    public init(bare: String) {
        self.bare = bare
    }

    /// A name written in the generator's code: `"body"`, `"unknown"`.
    public init(stringLiteral bare: String) {
        self.bare = bare
    }

    /// As code writes it: in backticks when the identifier is a keyword (`` `default` ``), else as it is.
    public var spelled: String {
        Naming.keywords.contains(bare) ? "`" + bare + "`" : bare
    }
}
