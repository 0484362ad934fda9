/// Line diffs in unified format (`--- a`, `+++ b`, `@@ … @@`), for `gen --check` and the golden tests.
public enum UnifiedDiff {
    /// The diff from `old` to `new`, or `nil` when they are equal.
    public static func diff(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String? {
        guard old != new else { return nil }
        let a = lines(old)
        let b = lines(new)
        let edits = script(a, b)
        var output = "--- \(oldName)\n+++ \(newName)\n"
        var index = 0
        while index < edits.count {
            guard edits[index].kind != .same else {
                index += 1
                continue
            }
            var start = index
            var back = 0
            while start > 0, edits[start - 1].kind == .same, back < context {
                start -= 1
                back += 1
            }
            var end = index
            var trailing = 0
            while end < edits.count {
                if edits[end].kind == .same {
                    trailing += 1
                    if trailing > context * 2 { break }
                } else {
                    trailing = 0
                }
                end += 1
            }
            end = min(edits.count, end - max(0, trailing - context))
            let hunk = edits[start..<end]
            let oldStart = (hunk.first?.oldLine ?? 0) + 1
            let newStart = (hunk.first?.newLine ?? 0) + 1
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            output +=
                "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@\n"
            for edit in hunk {
                switch edit.kind {
                case .same: output += " " + a[edit.oldLine] + "\n"
                case .delete: output += "-" + a[edit.oldLine] + "\n"
                case .insert: output += "+" + b[edit.newLine] + "\n"
                }
            }
            index = end
        }
        return output
    }

    private static func lines(_ text: String) -> [String] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if result.last == "" { result.removeLast() }
        return result
    }

    private struct Edit {
        enum Kind { case same, delete, insert }
        var kind: Kind
        /// Index in the old lines (for `same` and `delete`) or where the insertion happens.
        var oldLine: Int
        var newLine: Int
    }

    /// An edit script by dynamic programming on the longest common subsequence, after trimming the common
    /// prefix and suffix (generated files usually differ in a few places).
    private static func script(_ a: [String], _ b: [String]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let middleA = Array(a[prefix..<(a.count - suffix)])
        let middleB = Array(b[prefix..<(b.count - suffix)])
        var edits = (0..<prefix).map { Edit(kind: .same, oldLine: $0, newLine: $0) }
        let n = middleA.count
        let m = middleB.count
        if n * m > 25_000_000 {
            edits += (0..<n).map { Edit(kind: .delete, oldLine: prefix + $0, newLine: prefix) }
            edits += (0..<m).map { Edit(kind: .insert, oldLine: prefix + n, newLine: prefix + $0) }
        } else {
            var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i][j] =
                        middleA[i] == middleB[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
            var i = 0
            var j = 0
            while i < n || j < m {
                if i < n, j < m, middleA[i] == middleB[j] {
                    edits.append(Edit(kind: .same, oldLine: prefix + i, newLine: prefix + j))
                    i += 1
                    j += 1
                } else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] {
                    edits.append(Edit(kind: .delete, oldLine: prefix + i, newLine: prefix + j))
                    i += 1
                } else {
                    edits.append(Edit(kind: .insert, oldLine: prefix + i, newLine: prefix + j))
                    j += 1
                }
            }
        }
        edits += (0..<suffix).map { Edit(kind: .same, oldLine: a.count - suffix + $0, newLine: b.count - suffix + $0) }
        return edits
    }
}
