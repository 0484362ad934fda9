import Foundation

/// Patterns are enforced in generated code with `NSRegularExpression`; a pattern it cannot compile is reported
/// at generation time instead of failing when the generated code first runs.
enum PatternCheck {
    static func isValid(_ pattern: String) -> Bool {
        (try? NSRegularExpression(pattern: pattern)) != nil
    }
}
