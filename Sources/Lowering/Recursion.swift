import Source

/// Finds where a value type would contain itself (`Node.parent: Node?`, `A.b: B?` with `B.a: A?`) and breaks
/// each such cycle: struct properties on it are stored indirectly, one-of enums on it become `indirect`.
/// Arrays and dictionaries already store their elements out of line and need nothing.
enum Recursion {
    /// Marks the declarations; returns a warning for each cycle of required properties, which no finite value
    /// can satisfy.
    static func breakCycles(in types: inout [TypeDecl], graph: TypeGraph, file: String) -> [Diagnostic] {
        let aliases = aliasCycles(in: &types, graph: graph, file: file)
        return aliases + storedCycles(in: &types, graph: graph, file: file)
    }

    /// Aliases that name themselves (`typealias A = B`, `typealias B = [A]`), which Swift refuses whatever the
    /// path: each becomes an alias of any JSON value, with a warning.
    private static func aliasCycles(in types: inout [TypeDecl], graph: TypeGraph, file: String) -> [Diagnostic] {
        let component = graph.stronglyConnectedComponents { graph.kinds[$0.target] == .alias }
        var diagnostics: [Diagnostic] = []
        for (node, edges) in graph.edges.enumerated() where graph.kinds[node] == .alias {
            guard edges.contains(where: { graph.kinds[$0.target] == .alias && component[$0.target] == component[node] })
            else { continue }
            var origin: Origin?
            graph.update(node, in: &types) { decl in
                decl.kind = .alias(.jsonValue)
                origin = decl.origin
            }
            if let origin {
                diagnostics.append(
                    .warning(
                        "'\(graph.names[node].name)' is defined only through itself; generated as any JSON value",
                        file: file, at: origin.mark))
            }
        }
        return diagnostics
    }

    /// Cycles of stored values: indirect properties and `indirect` enums.
    private static func storedCycles(in types: inout [TypeDecl], graph: TypeGraph, file: String) -> [Diagnostic] {
        let component = graph.stronglyConnectedComponents(including: \.isInline)
        func onCycle(_ node: Int, _ edge: TypeGraph.Edge) -> Bool {
            edge.isInline && component[edge.target] == component[node]
        }
        let cyclic = Set(
            graph.edges.indices.filter { node in graph.edges[node].contains { onCycle(node, $0) } }.map {
                component[$0]
            })
        guard !cyclic.isEmpty else { return [] }
        for (node, edges) in graph.edges.enumerated() where cyclic.contains(component[node]) {
            switch graph.kinds[node] {
            case .structure:
                let properties = Set(edges.filter { onCycle(node, $0) }.compactMap(\.property))
                graph.update(node, in: &types) { decl in
                    guard case .structure(var structure) = decl.kind else { return }
                    for index in structure.properties.indices where properties.contains(index) {
                        structure.properties[index].isIndirect = true
                    }
                    decl.kind = .structure(structure)
                }
            case .oneOf:
                graph.update(node, in: &types) { $0.isRecursive = true }
            case .enumeration, .alias:
                break
            }
        }
        return requiredCycleWarnings(graph: graph, types: types, file: file)
    }

    /// Cycles made only of required, non-optional properties.
    private static func requiredCycleWarnings(graph: TypeGraph, types: [TypeDecl], file: String) -> [Diagnostic] {
        let component = graph.stronglyConnectedComponents(including: \.isRequired)
        var members: [Int: [Int]] = [:]
        for (node, edges) in graph.edges.enumerated()
        where edges.contains(where: { $0.isRequired && component[$0.target] == component[node] }) {
            members[component[node], default: []].append(node)
        }
        // Cycles of aliases alone were replaced by `aliasCycles`, with a warning of their own.
        let cycles = members.values.filter { !$0.allSatisfy { graph.kinds[$0] == .alias } }
        return cycles.sorted { $0[0] < $1[0] }.map { nodes in
            let names = nodes.map { "'" + graph.names[$0].name + "'" }
            let first = graph.decl(nodes[0], in: types)
            let subject =
                names.count == 1
                ? names[0] + " requires itself" : names.joined(separator: " and ") + " require each other"
            return .warning(
                subject + " through required properties; no finite value exists", file: file, at: first.origin.mark)
        }
    }
}
