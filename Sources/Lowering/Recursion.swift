import YAML

/// Finds where a value type would contain itself (`Node.parent: Node?`, `A.b: B?` with `B.a: A?`) and breaks
/// each such cycle: struct properties on it are stored indirectly, one-of enums on it become `indirect`.
/// Arrays and dictionaries already store their elements out of line and need nothing.
enum Recursion {
    /// Marks the declarations; returns a warning for each cycle of required properties, which no finite value
    /// can satisfy.
    static func breakCycles(in types: inout [TypeDecl], file: String) -> [Diagnostic] {
        let graph = Graph(types)
        let component = graph.stronglyConnectedComponents()
        var cyclic = Set<Int>()
        for (node, edges) in graph.edges.enumerated() where edges.contains(where: { component[$0.target] == component[node] }) {
            cyclic.insert(component[node])
        }
        guard !cyclic.isEmpty else { return [] }
        for (node, edges) in graph.edges.enumerated() where cyclic.contains(component[node]) {
            let path = graph.paths[node]
            switch graph.kinds[node] {
            case .structure:
                let properties = Set(edges.filter { component[$0.target] == component[node] }.compactMap(\.property))
                update(&types, at: path) { decl in
                    guard case .structure(var structure) = decl.kind else { return }
                    for index in structure.properties.indices where properties.contains(index) {
                        structure.properties[index].isIndirect = true
                    }
                    decl.kind = .structure(structure)
                }
            case .oneOf:
                update(&types, at: path) { $0.isRecursive = true }
            case .other:
                break
            }
        }
        return requiredCycleWarnings(graph: graph, types: types, file: file)
    }

    /// Cycles made only of required, non-optional properties.
    private static func requiredCycleWarnings(graph: Graph, types: [TypeDecl], file: String) -> [Diagnostic] {
        var required = graph
        required.edges = graph.edges.map { $0.filter(\.isRequired) }
        let component = required.stronglyConnectedComponents()
        var members: [Int: [Int]] = [:]
        for (node, edges) in required.edges.enumerated() where edges.contains(where: { component[$0.target] == component[node] }) {
            members[component[node], default: []].append(node)
        }
        return members.values.sorted { $0[0] < $1[0] }.map { nodes in
            let names = nodes.map { "'" + required.names[$0] + "'" }
            let first = decl(in: types, at: required.paths[nodes[0]])
            let subject = names.count == 1 ? names[0] + " requires itself" : names.joined(separator: " and ") + " require each other"
            return .warning(
                subject + " through required properties; no finite value exists", file: file, at: first.origin.mark)
        }
    }

    private static func decl(in types: [TypeDecl], at path: [Int]) -> TypeDecl {
        var decl = types[path[0]]
        for index in path.dropFirst() { decl = decl.nested[index] }
        return decl
    }

    private static func update(_ types: inout [TypeDecl], at path: [Int], _ change: (inout TypeDecl) -> Void) {
        if path.count == 1 {
            change(&types[path[0]])
        } else {
            update(&types[path[0]].nested, at: Array(path.dropFirst()), change)
        }
    }
}

/// Declarations as nodes, with an edge wherever one stores another directly (not through an array or map).
private struct Graph {
    enum Kind { case structure, oneOf, other }

    struct Edge {
        var target: Int
        /// For struct properties: the property's index.
        var property: Int?
        var isRequired: Bool
    }

    var paths: [[Int]] = []
    var names: [String] = []
    var kinds: [Kind] = []
    /// The type names each declaration stores directly, before they are resolved to nodes.
    var references: [[(name: String, property: Int?, isRequired: Bool)]] = []
    /// For each node, the nested declarations visible from it by name: its own, then its parents'.
    var scopes: [[[String: Int]]] = []
    var edges: [[Edge]] = []

    init(_ types: [TypeDecl]) {
        let nodes = types.enumerated().map { allocate(path: [$0.offset], name: $0.element.name) }
        for (index, decl) in types.enumerated() { fill(nodes[index], decl: decl, scopes: []) }
        let topLevel = Dictionary(zip(types.map(\.name), nodes), uniquingKeysWith: { first, _ in first })
        edges = references.enumerated().map { node, references in
            references.compactMap { reference in
                guard !reference.name.isEmpty else { return nil }
                let target = scopes[node].lazy.compactMap { $0[reference.name] }.first ?? topLevel[reference.name]
                return target.map { Edge(target: $0, property: reference.property, isRequired: reference.isRequired) }
            }
        }
    }

    private mutating func allocate(path: [Int], name: String) -> Int {
        paths.append(path)
        names.append(name)
        kinds.append(.other)
        references.append([])
        scopes.append([])
        return paths.count - 1
    }

    private mutating func fill(_ node: Int, decl: TypeDecl, scopes parentScopes: [[String: Int]]) {
        var own: [String: Int] = [:]
        let children = decl.nested.enumerated().map { index, nested in
            let child = allocate(path: paths[node] + [index], name: nested.name)
            own[nested.name] = child
            return child
        }
        scopes[node] = [own] + parentScopes
        switch decl.kind {
        case .structure(let structure):
            kinds[node] = .structure
            references[node] = structure.properties.enumerated().map { index, property in
                (Self.directName(property.type.name), index, !property.type.isOptional)
            }
        case .oneOf(let oneOf):
            kinds[node] = .oneOf
            references[node] = oneOf.cases.map { (Self.directName($0.type.name), nil, false) }
        case .alias(let usage):
            references[node] = [(Self.directName(usage.name), nil, !usage.isOptional)]
        case .enumeration:
            break
        }
        for (index, nested) in decl.nested.enumerated() { fill(children[index], decl: nested, scopes: scopes[node]) }
    }

    /// The name a type stores inline, or "" for arrays and maps, which store out of line.
    private static func directName(_ name: String) -> String {
        name.hasPrefix("[") ? "" : name
    }

    /// Tarjan's algorithm, iterative so deep graphs cannot overflow the stack: the component of each node.
    func stronglyConnectedComponents() -> [Int] {
        let count = edges.count
        var index = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var component = [Int](repeating: -1, count: count)
        var stack: [Int] = []
        var nextIndex = 0
        var nextComponent = 0
        for root in 0..<count where index[root] == -1 {
            var work: [(node: Int, edge: Int)] = [(root, 0)]
            index[root] = nextIndex
            lowLink[root] = nextIndex
            nextIndex += 1
            stack.append(root)
            onStack[root] = true
            while let (node, edge) = work.last {
                if edge < edges[node].count {
                    work[work.count - 1].edge += 1
                    let target = edges[node][edge].target
                    if index[target] == -1 {
                        index[target] = nextIndex
                        lowLink[target] = nextIndex
                        nextIndex += 1
                        stack.append(target)
                        onStack[target] = true
                        work.append((target, 0))
                    } else if onStack[target] {
                        lowLink[node] = min(lowLink[node], index[target])
                    }
                } else {
                    work.removeLast()
                    if let parent = work.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                    if lowLink[node] == index[node] {
                        while let member = stack.popLast() {
                            onStack[member] = false
                            component[member] = nextComponent
                            if member == node { break }
                        }
                        nextComponent += 1
                    }
                }
            }
        }
        return component
    }
}
