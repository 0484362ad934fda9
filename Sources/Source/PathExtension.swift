/// The extension of a file name or path, as `NSString.pathExtension` defines it, without Foundation's version:
/// on Linux (Swift 6.3.1) that one traps on some strings of slashes (`/////////A///`), which a `gen.yaml` key
/// can be.
public enum PathExtension {
    /// `yaml` for `specs/x.YAML/` (lowercased); empty when the last component has no `.` after its first
    /// character (`Makefile`, `.yaml`).
    public static func of(_ path: String) -> String {
        var name = Substring(path)
        while name.last == "/" { name = name.dropLast() }
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
