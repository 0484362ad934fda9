/// The bytes of one input file and the line table that turns byte offsets into marks and marks into snippets.
public struct SourceText: Sendable {
    /// The file as the user named it.
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// Whether every byte is ASCII, so that character counts and byte counts agree.
    public let isASCII: Bool
    /// Per line, whether it is all ASCII (then a column gives the byte offset directly); empty when the whole
    /// file is ASCII.
    private let asciiLines: [Bool]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        var lines: [Bool] = []
        var lineIsASCII = true
        var ascii = true
        starts.reserveCapacity(bytes.count / 32)
        bytes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                let byte = buffer[index]
                if byte == 0x0A {
                    starts.append(index + 1)
                    lines.append(lineIsASCII)
                    lineIsASCII = true
                } else if byte >= 0x80 {
                    ascii = false
                    lineIsASCII = false
                }
            }
        }
        lines.append(lineIsASCII)
        self.lineStarts = starts
        self.isASCII = ascii
        self.asciiLines = ascii ? [] : lines
    }

    /// The byte offset of a mark given as libyaml reports it: 1-based line and column, 0-based character index.
    /// ASCII lines answer at once; others move the cursor from the previous mark (see below).
    public func byteOffset(line: Int, column: Int, characterIndex: Int, cursor: inout (character: Int, byte: Int))
        -> Int
    {
        if isASCII { return characterIndex }
        if line >= 1, line <= asciiLines.count, asciiLines[line - 1] {
            return min(lineStarts[line - 1] + column - 1, bytes.count)
        }
        return byteOffset(characterIndex: characterIndex, cursor: &cursor)
    }

    /// The mark of a byte offset (libyaml reports reader errors this way only).
    public func mark(atByteOffset offset: Int) -> Mark {
        let offset = max(0, min(offset, bytes.count))
        let lineIndex = lineIndex(containingByteOffset: offset)
        let start = lineStarts[lineIndex]
        var column = 1
        var index = start
        while index < offset {
            index += Self.sequenceLength(leadByte: bytes[index])
            column += 1
        }
        return Mark(line: lineIndex + 1, column: column, offset: offset)
    }

    /// Up to `radius` bytes either side of a byte offset on its line, cut at character boundaries, and the
    /// offset's column within that excerpt (1-based); whether text was cut at the start and at the end.
    public func excerpt(line number: Int, at offset: Int, radius: Int = 80) -> (
        text: String, column: Int, cutStart: Bool, cutEnd: Bool
    ) {
        guard number >= 1, number <= lineStarts.count else { return ("", 1, false, false) }
        let lineStart = lineStarts[number - 1]
        var lineEnd = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let offset = max(lineStart, min(offset, lineEnd))
        var start = max(lineStart, offset - radius)
        while start > lineStart, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        var end = min(lineEnd, offset + radius)
        while end < lineEnd, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let column = String(decoding: bytes[start..<offset], as: UTF8.self).unicodeScalars.count + 1
        return (String(decoding: bytes[start..<end], as: UTF8.self), column, start > lineStart, end < lineEnd)
    }

    /// Moves a cursor to a character index and returns its byte offset. Marks arrive almost in order, so the
    /// cursor moves a few characters per mark; that keeps long non-ASCII lines (minified JSON) linear.
    public func byteOffset(characterIndex index: Int, cursor: inout (character: Int, byte: Int)) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            // Forward: every byte that is not a continuation byte starts a character.
            var byte = cursor.byte
            var character = cursor.character
            let count = buffer.count
            while character < index, byte < count {
                byte += 1
                while byte < count, buffer[byte] & 0xC0 == 0x80 { byte += 1 }
                character += 1
            }
            cursor = (character, byte)
            while cursor.character > index, cursor.byte > 0 {
                cursor.byte -= 1
                while cursor.byte > 0, buffer[cursor.byte] & 0xC0 == 0x80 { cursor.byte -= 1 }
                cursor.character -= 1
            }
        }
        return min(cursor.byte, bytes.count)
    }

    private func lineIndex(containingByteOffset offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    private static func sequenceLength(leadByte byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
