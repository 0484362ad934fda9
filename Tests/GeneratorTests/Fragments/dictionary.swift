/// - Remark: Generated from `#/components/schemas/Labels`.
public typealias Labels = [String: String]
