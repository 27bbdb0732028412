/// What one input gave.
public struct ExtractionResult: Sendable {
    public var pages: Int
    public var files: [String]
    /// What reading the input had to change (a legacy encoding converted, bytes replaced).
    public var notices: [String] = []
}
