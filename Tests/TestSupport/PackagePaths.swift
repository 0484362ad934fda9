import Foundation

/// Paths inside this package and beside it (`../shared`), independent of the directory the tests run in.
public enum PackagePaths {
    /// The folder holding `Package.swift`.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/", !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.path
    }()

    /// A path inside the package.
    public static func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    /// The Swift files under a folder of the package, its subfolders included, as paths relative to that folder,
    /// sorted.
    public static func swiftFiles(under relative: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: path(relative))
        var files: [String] = []
        while let file = enumerator?.nextObject() as? String {
            if file.hasSuffix(".swift") { files.append(file) }
        }
        return files.sorted()
    }

    /// A path inside `../shared/corpus`, the real-world and hostile documents beside the checkout.
    public static func corpus(_ relative: String) -> String {
        ((root as NSString).deletingLastPathComponent as NSString).appendingPathComponent("shared/corpus/" + relative)
    }

    /// A new empty folder that is removed when `body` returns.
    public static func withScratch<T>(_ body: (String) throws -> T) throws -> T {
        let folder = NSTemporaryDirectory() + "gen-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try body(folder)
    }
}
