/// A module's declarations as one graph: a node per declaration (top-level or nested), found by identity, and an
/// edge wherever one refers to another. `Recursion` walks the inline edges, `Validation` all of them.
struct TypeGraph {
    enum Kind { case structure, oneOf, enumeration, alias }

    struct Edge {
        var target: Int
        /// For struct properties: the property's index.
        var property: Int?
        /// Whether a value must hold the target: a non-optional property or alias.
        var isRequired: Bool
        /// Whether the target is stored in place; arrays and dictionaries store their elements out of line.
        var isInline: Bool
    }

    private(set) var names: [TypeName] = []
    /// Each node's place in the declaration tree: the top-level index, then the nested indices.
    private(set) var paths: [[Int]] = []
    private(set) var kinds: [Kind] = []
    var edges: [[Edge]] = []
    private var nodes: [TypeName: Int] = [:]

    init(_ types: [TypeDecl]) {
        var pending: [(node: Int, decl: TypeDecl)] = []
        func add(_ decl: TypeDecl, path: [Int]) {
            let node = names.count
            names.append(decl.identity)
            paths.append(path)
            kinds.append(Self.kind(decl.kind))
            nodes[decl.identity] = node
            pending.append((node, decl))
            for (index, nested) in decl.nested.enumerated() { add(nested, path: path + [index]) }
        }
        for (index, decl) in types.enumerated() { add(decl, path: [index]) }
        edges = Array(repeating: [], count: names.count)
        for (node, decl) in pending {
            edges[node] = Self.references(decl.kind).compactMap { reference in
                guard let (name, inline) = reference.type.referenced, let target = nodes[name] else { return nil }
                return Edge(
                    target: target, property: reference.property, isRequired: reference.isRequired && inline,
                    isInline: inline)
            }
        }
    }

    /// The node of a declared type, if the module declares it.
    func node(_ name: TypeName) -> Int? { nodes[name] }

    private static func kind(_ kind: TypeDecl.Kind) -> Kind {
        switch kind {
        case .structure: .structure
        case .oneOf: .oneOf
        case .enumeration: .enumeration
        case .alias: .alias
        }
    }

    /// The types a declaration holds: its properties', its cases', or its alias target.
    private static func references(_ kind: TypeDecl.Kind) -> [(type: TypeRef, property: Int?, isRequired: Bool)] {
        switch kind {
        case .structure(let structure):
            return structure.properties.enumerated().map { index, property in
                (property.type, index, !property.type.isOptional)
            }
        case .oneOf(let oneOf): return oneOf.cases.map { ($0.type, nil, false) }
        case .alias(let target): return [(target, nil, !target.isOptional)]
        case .enumeration: return []
        }
    }

    /// Changes the declaration of a node in place.
    func update(_ node: Int, in types: inout [TypeDecl], _ change: (inout TypeDecl) -> Void) {
        func walk(_ decls: inout [TypeDecl], _ path: ArraySlice<Int>) {
            if path.count == 1 {
                change(&decls[path.first!])
            } else {
                walk(&decls[path.first!].nested, path.dropFirst())
            }
        }
        walk(&types, paths[node][...])
    }

    func decl(_ node: Int, in types: [TypeDecl]) -> TypeDecl {
        var decl = types[paths[node][0]]
        for index in paths[node].dropFirst() { decl = decl.nested[index] }
        return decl
    }

    /// Tarjan's algorithm over the edges `including` keeps, iterative so deep graphs cannot overflow the stack:
    /// the strongly connected component of each node.
    func stronglyConnectedComponents(including keep: (Edge) -> Bool) -> [Int] {
        let count = edges.count
        let edges = edges.map { $0.filter(keep) }
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
