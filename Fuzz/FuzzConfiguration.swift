import Foundation
import Generator

/// One input as a `gen.yaml`: read through `Configuration.load`, as the driver reads it, then the settings of
/// every document section resolved. Any crash, hang or sanitizer report is a bug; diagnostics are the expected
/// outcome for bad input.
private let folder: String = {
    let path = NSTemporaryDirectory() + "gen-fuzz-configuration-\(getpid())"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let path = folder + "/gen.yaml"
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: count)) else { return 0 }
    let (configuration, _) = Configuration.load(path: path)
    for name in configuration.documents.keys {
        _ = configuration.settings(for: name).options
    }
    _ = configuration.settings(for: "openapi.yaml").options
    return 0
}
