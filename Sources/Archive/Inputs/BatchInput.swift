/// One document of a batch: where it is, and the name its outputs take inside the output
/// directory (a path relative to it, without extension).
public struct BatchInput: Sendable, Hashable {
    public var path: String
    public var outputName: String

    public init(path: String, outputName: String) {
        self.path = path
        self.outputName = outputName
    }
}
