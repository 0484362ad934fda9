/// - Remark: Generated from `#/components/schemas/Tags`.
public typealias Tags = [String]
