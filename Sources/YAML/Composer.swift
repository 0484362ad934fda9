public import Source

/// Builds the node tree from libyaml's events: resolves aliases by sharing the anchored node, applies `<<` merge
/// keys, rejects duplicate keys, and enforces `YAMLLimits` while the events arrive.
public enum Composer {
    /// Reads every event and builds nothing: the cost of the event reader alone, for the benchmark.
    public static func countEvents(_ source: SourceText) throws(Diagnostic) -> Int {
        let reader = try EventReader(source: source)
        var count = 0
        while true {
            count += 1
            if case .streamEnd = try reader.next().kind { return count }
        }
    }

    /// The first document's root node, or `nil` when the stream holds no document (an empty file). A large
    /// document's events are read on a thread of their own (`EventPipeline`).
    public static func compose(_ source: SourceText, limits: YAMLLimits = .init()) throws(Diagnostic) -> Node? {
        try compose(source, limits: limits, pipelined: source.bytes.count >= EventPipeline.minimumBytes)
    }

    /// The same, with the events read through a pipeline or not, whatever the document's size.
    static func compose(_ source: SourceText, limits: YAMLLimits, pipelined: Bool) throws(Diagnostic) -> Node? {
        guard source.bytes.count <= limits.maxBytes else {
            throw .error(
                "document is \(source.bytes.count) bytes, over the limit of \(limits.maxBytes) bytes",
                file: source.path, at: nil)
        }
        if pipelined {
            var state = ComposerState(reader: try EventPipeline(source: source), source: source, limits: limits)
            return try state.composeStream()
        }
        var state = ComposerState(reader: try EventReader(source: source), source: source, limits: limits)
        return try state.composeStream()
    }
}

/// The mutable part of composing one stream.
private struct ComposerState<Reader: EventSource> {
    let reader: Reader
    let source: SourceText
    let limits: YAMLLimits
    /// Anchored nodes and how many nodes each stands for when expanded.
    var anchors: [String: (node: Node, size: Int)] = [:]
    var expandedNodes = 0
    var depth = 0

    init(reader: Reader, source: SourceText, limits: YAMLLimits) {
        self.reader = reader
        self.source = source
        self.limits = limits
    }

    mutating func composeStream() throws(Diagnostic) -> Node? {
        _ = try reader.next() // stream start
        let first = try reader.next()
        guard case .documentStart = first.kind else { return nil }
        let root = try composeNode(try reader.next()).node
        _ = try reader.next() // document end
        let after = try reader.next()
        if case .documentStart = after.kind {
            throw .error("expected one YAML document, found a second one", file: source.path, at: after.start)
        }
        return root
    }

    /// A node and the number of nodes it stands for, aliases expanded.
    private mutating func composeNode(_ event: Event) throws(Diagnostic) -> (node: Node, size: Int) {
        switch event.kind {
        case .scalar(let scalar, let anchor, let tag):
            let node = Node(.scalar(scalar), start: event.start, end: event.end, tag: tag)
            try count(1, at: event.start)
            if let anchor { anchors[anchor] = (node, 1) }
            return (node, 1)
        case .alias(let anchor):
            guard let (node, size) = anchors[anchor] else {
                throw .error("unknown alias '*\(anchor)'", file: source.path, at: event.start)
            }
            try count(size, at: event.start)
            return (node, size)
        case .sequenceStart(let anchor, let tag, let isFlow):
            try enter(at: event.start)
            var items: [Node] = []
            var size = 1
            try count(1, at: event.start)
            while true {
                let next = try reader.next()
                if case .sequenceEnd = next.kind {
                    depth -= 1
                    let node = Node(.sequence(items), start: event.start, end: next.end, tag: tag, isFlow: isFlow)
                    if let anchor { anchors[anchor] = (node, size) }
                    return (node, size)
                }
                let item = try composeNode(next)
                items.append(item.node)
                size += item.size
            }
        case .mappingStart(let anchor, let tag, let isFlow):
            try enter(at: event.start)
            var pairs: [Pair] = []
            var size = 1
            try count(1, at: event.start)
            var keys = KeyIndex()
            var merged: [Pair] = []
            while true {
                let next = try reader.next()
                if case .mappingEnd = next.kind {
                    depth -= 1
                    for pair in merged where keys.firstMark(of: pair.key, in: pairs) == nil {
                        pairs.append(pair)
                        keys.inserted(pairs)
                    }
                    let node = Node(.mapping(pairs), start: event.start, end: next.end, tag: tag, isFlow: isFlow)
                    if let anchor { anchors[anchor] = (node, size) }
                    return (node, size)
                }
                let key = try composeNode(next)
                let value = try composeNode(try reader.next())
                size += key.size + value.size
                if key.node.scalar == Scalar("<<", style: .plain) {
                    merged += try mergeSource(value.node)
                    continue
                }
                if let first = keys.firstMark(of: key.node, in: pairs) {
                    throw .error(
                        "duplicate key '\(key.node.string ?? "")' (first defined at line \(first.line), column \(first.column))",
                        file: source.path, at: key.node.start)
                }
                pairs.append(Pair(key: key.node, value: value.node))
                keys.inserted(pairs)
            }
        default:
            throw .error("unexpected YAML structure", file: source.path, at: event.start)
        }
    }

    /// The pairs a `<<` merge key brings in: from one mapping, or from a sequence of mappings (earlier wins).
    private func mergeSource(_ node: Node) throws(Diagnostic) -> [Pair] {
        switch node.content {
        case .mapping(let pairs): return pairs
        case .sequence(let items):
            var result: [Pair] = []
            for item in items {
                guard let pairs = item.pairs else {
                    throw .error(
                        "a '<<' merge key takes a mapping or a sequence of mappings", file: source.path, at: item.start)
                }
                result += pairs
            }
            return result
        case .scalar:
            throw .error(
                "a '<<' merge key takes a mapping or a sequence of mappings", file: source.path, at: node.start)
        }
    }

    private mutating func enter(at mark: Mark) throws(Diagnostic) {
        depth += 1
        guard depth <= limits.maxDepth else {
            throw .error(
                "nesting is deeper than the limit of \(limits.maxDepth) collections", file: source.path, at: mark)
        }
    }

    private mutating func count(_ nodes: Int, at mark: Mark) throws(Diagnostic) {
        expandedNodes += nodes
        guard expandedNodes <= limits.maxExpandedNodes else {
            throw .error(
                "alias expansion limit exceeded: the document would expand to more than \(limits.maxExpandedNodes) nodes",
                file: source.path, at: mark)
        }
    }
}

/// Finds a key among a mapping's pairs so far: a scan of the pairs while the mapping is small, a hash table
/// once it is large (some documents have thousands of paths or schemas).
private struct KeyIndex {
    private var table: [String: Mark] = [:]
    private var usesTable = false

    func firstMark(of key: Node, in pairs: [Pair]) -> Mark? {
        guard let text = key.string else { return nil }
        if usesTable { return table[text] }
        for pair in pairs where pair.key.string == text { return pair.key.start }
        return nil
    }

    /// Records the last pair appended.
    mutating func inserted(_ pairs: [Pair]) {
        if usesTable {
            let key = pairs[pairs.count - 1].key
            if let text = key.string, table[text] == nil { table[text] = key.start }
        } else if pairs.count > 16 {
            usesTable = true
            table.reserveCapacity(pairs.count * 2)
            for pair in pairs {
                if let text = pair.key.string, table[text] == nil { table[text] = pair.key.start }
            }
        }
    }
}
