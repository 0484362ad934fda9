/// Characters that are invisible, reorder text, or end lines in some tools: C0 and C1 controls, DEL, zero-width
/// and direction marks, line and paragraph separators, bidirectional embeddings, overrides and isolates, the
/// byte order mark and interlinear annotation marks. Neither generated source nor a diagnostic ever shows one
/// as itself; both escape or replace it.
public enum InvisibleCharacters {
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF, 0xFFF9...0xFFFB:
            true
        default:
            false
        }
    }
}
