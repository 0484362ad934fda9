import Source

/// One libyaml parse event as a Swift value, so nothing above the event reader touches the C union.
struct Event {
    enum Kind {
        case streamStart
        case streamEnd
        case documentStart
        case documentEnd
        case alias(anchor: String)
        case scalar(Scalar, anchor: String?, tag: String?)
        case sequenceStart(anchor: String?, tag: String?, isFlow: Bool)
        case sequenceEnd
        case mappingStart(anchor: String?, tag: String?, isFlow: Bool)
        case mappingEnd
    }

    var kind: Kind
    var start: Mark
    var end: Mark
}
