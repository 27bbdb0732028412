public enum ModelError: Error, CustomStringConvertible {
    case malformed(String)
    case unreadable(String)
    case notFound([String])

    public var description: String {
        switch self {
        case .malformed(let path): "\(path): not a baocao language model (or truncated)"
        case .unreadable(let path): "\(path): cannot be read"
        case .notFound(let places):
            "no language model found (looked in \(places.joined(separator: ", "))); set BAOCAO_DICTIONARIES"
        }
    }
}
