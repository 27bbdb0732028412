import DocumentModel

/// Reads a digital signature's stamp: "Ký bởi: …" / "Người ký: …", "Cơ quan: …",
/// "Ngày ký: 2026-03-12 14:46:20 +07:00" / "Thời gian ký: 07.01.2025 16:32:41 +07:00". The
/// lines come from the signature widget (digital PDFs) or from the page text (a scan whose
/// stamp was printed into its text layer, or text a converter wrote out).
enum StampReader {
    /// A stamp printed into the page text stands among the first lines of the first page.
    static let topLines = 8

    /// The label and the value of a stamp line, or nil for any other line.
    static func field(_ text: String) -> (label: Label, value: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = String(text[..<colon]).trimmingWhitespace()
        let value = String(text[text.index(after: colon)...]).trimmingWhitespace()
        guard label.count <= 20 else { return nil }
        let key = TextKey.of(label)
        for (kind, labels) in [
            (Label.signer, DocumentVocabulary.stampSignerLabels), (.organization, DocumentVocabulary.stampOrganizationLabels),
            (.time, DocumentVocabulary.stampTimeLabels), (.other, DocumentVocabulary.stampOtherLabels),
        ] {
            // OCR reads the stamp's seal beside the label as a speck or two ("2e, Ký bởi:").
            for labelKey in labels.map(TextKey.of) where key == labelKey || (key.hasSuffix(" " + labelKey) && key.count - labelKey.count <= 4) {
                return (kind, value)
            }
        }
        return nil
    }

    enum Label { case signer, organization, time, other }

    /// A run of at least two consecutive stamp lines in `lines`, as an index range.
    static func stampRange(in lines: [String]) -> Range<Int>? {
        var start: Int?
        for (index, line) in lines.enumerated() {
            if field(line) != nil {
                if start == nil { start = index }
            } else if let first = start {
                if index - first >= 2 { return first..<index }
                start = nil
            }
        }
        if let first = start, lines.count - first >= 2 { return first..<lines.count }
        return nil
    }

    static func signature(from lines: [String]) -> DocumentMetadata.DigitalSignature? {
        var signature = DocumentMetadata.DigitalSignature()
        for line in lines {
            guard let (label, value) = field(line), !value.isEmpty else { continue }
            switch label {
            case .signer: signature.signer = signature.signer ?? value
            case .organization: signature.organization = signature.organization ?? value
            case .time: signature.time = signature.time ?? time(value)
            case .other: break
            }
        }
        return signature.signer == nil && signature.time == nil ? nil : signature
    }

    /// "2026-03-12 14:46:20 +07:00" or "07.01.2025 16:32:41 +07:00" (a missing offset is none).
    static func time(_ text: String) -> SigningTime? {
        let parts = text.split(separator: " ")
        guard parts.count >= 2 else { return nil }
        let dateParts = parts[0].split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" }).compactMap { Int($0) }
        let clock = parts[1].split(separator: ":").compactMap { Int($0) }
        guard dateParts.count == 3, clock.count == 3 else { return nil }
        let yearFirst = dateParts[0] > 31
        let (year, month, day) = yearFirst ? (dateParts[0], dateParts[1], dateParts[2]) : (dateParts[2], dateParts[1], dateParts[0])
        var offset = 0
        if parts.count >= 3 {
            let zone = parts[2]
            let sign = zone.hasPrefix("-") ? -1 : 1
            let numbers = zone.dropFirst().split(separator: ":").compactMap { Int($0) }
            if numbers.count == 2 { offset = sign * (numbers[0] * 60 + numbers[1]) }
        }
        guard let date = DocumentDate(year: year, month: month, day: day) else { return nil }
        return SigningTime(date: date, hour: clock[0], minute: clock[1], second: clock[2], offsetMinutes: offset)
    }
}
