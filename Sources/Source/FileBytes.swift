// The C library's open, fstat and read, through Foundation (Glibc on Linux, Darwin on macOS).
import Foundation

/// Reads a whole file's bytes with `open` and `read`, straight into the array the stages keep.
///
/// Not `FileManager.contents(atPath:)`: on Linux (Swift 6.3) it leaks a 4 KiB buffer for every empty file it
/// reads, which the fuzzer reports, and it returns `Data`, which then costs a second copy into `[UInt8]`.
public enum FileBytes {
    /// The file's bytes; `nil` when it cannot be opened or read (missing, a directory, no permission).
    public static func read(path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        // The size is a hint: a file that grows while it is read is read to its end. One byte more than the
        // size, so that the read which finds the end needs no room of its own.
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                readSome(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeSubrange(count...)
        return bytes
    }
}

/// The C library's `read`, which `FileBytes.read` would hide inside the enum.
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
