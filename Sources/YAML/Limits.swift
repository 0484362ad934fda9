/// Budgets that keep hostile YAML from taking unbounded time or memory. The defaults are far above what real
/// API documents need: the deepest document in our corpus nests 33 collections, and none uses more than a few
/// thousand alias expansions.
public struct YAMLLimits: Sendable, Hashable {
    /// Collections open at once; exceeding it stops the parse as the events arrive.
    public var maxDepth: Int
    /// Nodes in the tree counting every alias as a full copy of what it names.
    public var maxExpandedNodes: Int
    /// Size of the input in bytes.
    public var maxBytes: Int

    public init(maxDepth: Int = 256, maxExpandedNodes: Int = 5_000_000, maxBytes: Int = 64 << 20) {
        self.maxDepth = maxDepth
        self.maxExpandedNodes = maxExpandedNodes
        self.maxBytes = maxBytes
    }
}
