/// When a digital signature was made, with the offset from UTC the stamp prints.
public struct SigningTime: Sendable, Hashable, ISOStringCodable, CustomStringConvertible {
    public var date: DocumentDate
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Minutes east of UTC: +07:00 is 420.
    public var offsetMinutes: Int

    public init?(date: DocumentDate, hour: Int, minute: Int, second: Int, offsetMinutes: Int) {
        guard date.day != nil, (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
            abs(offsetMinutes) <= 14 * 60
        else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offsetMinutes = offsetMinutes
    }

    /// ISO 8601 with the offset: "2024-11-08T16:18:05+07:00".
    public var iso: String {
        let sign = offsetMinutes < 0 ? "-" : "+"
        let offset = abs(offsetMinutes)
        return date.iso + "T" + [hour, minute, second].map(DocumentDate.twoDigits).joined(separator: ":")
            + sign + DocumentDate.twoDigits(offset / 60) + ":" + DocumentDate.twoDigits(offset % 60)
    }

    public var description: String { iso }

    /// Parses `iso` back.
    public init?(iso: String) {
        let scalars = Array(iso.unicodeScalars)
        guard scalars.count == 25, scalars[10] == "T", ["+", "-"].contains(scalars[19]) else { return nil }
        func number(_ from: Int, _ to: Int) -> Int? { Int(String(String.UnicodeScalarView(scalars[from..<to]))) }
        guard let date = DocumentDate(iso: String(String.UnicodeScalarView(scalars[0..<10]))),
            let hour = number(11, 13), let minute = number(14, 16), let second = number(17, 19),
            let offsetHours = number(20, 22), let offsetMinutes = number(23, 25)
        else { return nil }
        let offset = (offsetHours * 60 + offsetMinutes) * (scalars[19] == "-" ? -1 : 1)
        self.init(date: date, hour: hour, minute: minute, second: second, offsetMinutes: offset)
    }
}
