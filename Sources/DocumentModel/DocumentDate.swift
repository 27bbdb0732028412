/// The date a document gives on its place-and-date line; the day, or the day and the month,
/// may be left blank for the signer to fill in ("ngày   tháng 5 năm 2023").
public struct DocumentDate: Sendable, Hashable, ISOStringCodable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1900...2199).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day, month == nil || !(1...31).contains(day) { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601 with what is known: "2026-03-10", "2023-05", "2026".
    public var iso: String {
        var text = String(year)
        if let month { text += "-" + DocumentDate.twoDigits(month) }
        if let day { text += "-" + DocumentDate.twoDigits(day) }
        return text
    }

    public var description: String { iso }

    /// Parses `iso` back.
    public init?(iso: String) {
        let parts = iso.split(separator: "-").map { Int($0) }
        guard let first = parts.first, let year = first, parts.count <= 3, !parts.contains(nil) else { return nil }
        self.init(year: year, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
