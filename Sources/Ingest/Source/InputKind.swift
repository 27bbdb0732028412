/// The kinds of input baocao reads, told apart by their first bytes rather than their names.
public enum InputKind: String, Sendable {
    case pdf, image, text
}
