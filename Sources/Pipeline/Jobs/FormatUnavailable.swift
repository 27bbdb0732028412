public struct FormatUnavailable: Error, CustomStringConvertible {
    public let format: OutputFormat
    public var description: String { "format '\(format.rawValue)' needs the structure stage" }
}
