/// Stores the objects a struct holds out of line, behind one reference each (`Indirect`), so that every type's
/// copy and destroy code is the size of its own fields. Stored in place, a struct is the flattened tree of every
/// struct under it: a Kubernetes `PersistentVolume` held a few hundred strings, arrays and optionals inline, and
/// the compiler wrote the code that copies them (value witnesses and outlined copies, 60 % of the module's object
/// code) again for every type that held one, a request, a result enum, a body enum. Out of line, each holder copies
/// one reference.
///
/// A property is stored out of line when its value (optional or not) is a struct or one-of enum the module
/// declares, or an alias of one; scalars, strings, string enums, arrays and dictionaries stay in place (arrays and
/// dictionaries already hold their elements out of line). The property's API is the same either way.
enum OutOfLineStorage {
    static func mark(_ types: inout [TypeDecl], graph: TypeGraph) {
        for (node, edges) in graph.edges.enumerated() where graph.kinds[node] == .structure {
            let boxed = Set(edges.filter { $0.isInline && holdsObject(graph, $0.target) }.compactMap(\.property))
            guard !boxed.isEmpty else { continue }
            graph.update(node, in: &types) { decl in
                guard case .structure(var structure) = decl.kind else { return }
                for index in structure.properties.indices where boxed.contains(index) {
                    structure.properties[index].isIndirect = true
                }
                decl.kind = .structure(structure)
            }
        }
    }

    /// Whether a node is a struct or one-of enum, through any aliases; an alias chain that comes back to itself
    /// (replaced by a JSON value when cycles are broken) holds none.
    private static func holdsObject(_ graph: TypeGraph, _ node: Int) -> Bool {
        var node = node
        var seen: Set<Int> = []
        while graph.kinds[node] == .alias, seen.insert(node).inserted {
            guard let next = graph.edges[node].first(where: \.isInline) else { return false }
            node = next.target
        }
        return graph.kinds[node] == .structure || graph.kinds[node] == .oneOf
    }
}
