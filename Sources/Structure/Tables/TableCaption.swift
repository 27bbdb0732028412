import DocumentModel

/// The lines printed above a table that name it, top to bottom: the label ("Phụ lục 01",
/// "Biểu số 02/XLĐ", "Bảng 1:"), title lines in capitals, the subtitle "(Kèm theo …)" and
/// the unit "Đơn vị tính: đơn". Each is optional, in that order.
struct TableCaption: Sendable, Hashable {
    var label: String?
    var title: [String] = []
    var subtitle: String?
    var unit: String?

    var isEmpty: Bool { label == nil && title.isEmpty && subtitle == nil && unit == nil }

    /// The caption read from `lines`, the last of which stands right above the table; nil
    /// unless every line is a caption line in caption order.
    init?(lines: [String]) {
        var stage = 4 // 0 label, 1 title, 2 subtitle, 3 unit: read bottom up, each at most once
        var lines = lines
        while let line = lines.popLast() {
            var kind = TableCaption.kind(of: line)
            var text = line
            // A subtitle wrapped over lines: "(Ban hành kèm theo … năm 2025" / "của Bộ trưởng …)".
            if kind == nil, stage > 2, line.hasSuffix(")"), let open = lines.lastIndex(where: { $0.hasPrefix("(") }),
                !lines[open...].contains(where: { $0.hasSuffix(")") })
            {
                text = (lines[open...] + [line]).joined(separator: " ")
                lines.removeSubrange(open...)
                kind = 2
            }
            guard let kind, kind < stage || (kind == 1 && stage == 1) else { return nil }
            stage = kind
            switch kind {
            case 0: label = TableCaption.labelText(text)
            case 1: title.insert(text, at: 0)
            case 2: subtitle = text
            default: unit = text
            }
        }
        if isEmpty { return nil }
    }

    init() {}

    /// 0 label, 1 title, 2 subtitle, 3 unit, nil for any other line.
    private static func kind(of line: String) -> Int? {
        let lower = line.lowercased()
        if TableCaptionWords.isUnit(lowercased: lower) { return 3 }
        if line.hasPrefix("("), line.hasSuffix(")") { return 2 }
        let label = labelText(line)
        let folded = label.lowercased().withoutMarks
        if label.count <= 40, TableCaptionWords.labels.contains(where: { folded.hasPrefix($0 + " ") }) { return 0 }
        if line.count <= 200, carriesTitle(folded) { return 0 }
        // A numbered heading or the signature's "TM. ỦY BAN NHÂN DÂN" is in capitals too.
        guard HeadingPattern(line) == nil, !ClosingBlock.startsClosing(line) else { return nil }
        let letters = line.filter(\.isLetter)
        if letters.count >= 4, line.count <= 200, letters == letters.uppercased() { return 1 }
        return nil
    }

    /// "Bảng 2. Kết quả giải quyết vụ việc khiếu nại": a label that carries its title on its
    /// line, as text reports write it, is as long as a title line. Its number closed by "." or ":"
    /// and followed by words tells it from a sentence that names a table ("Bảng 2 cho thấy …").
    static func carriesTitle(_ folded: String) -> Bool {
        guard let word = TableCaptionWords.labels.first(where: { folded.hasPrefix($0 + " ") }) else { return false }
        let rest = folded.dropFirst(word.count + 1)
        let number = rest.prefix(while: \.isNumber)
        guard !number.isEmpty else { return false }
        let after = rest.dropFirst(number.count)
        return (after.hasPrefix(". ") || after.hasPrefix(": ")) && after.dropFirst(2).first?.isLetter == true
    }

    /// The label as printed, without specks OCR reads around it ("¬ - Biểu số 01/TCD n :")
    /// and its closing colon.
    static func labelText(_ line: String) -> String {
        var words = line.split(separator: " ").drop { !($0.first?.isLetter ?? false) }
        while let last = words.last, !last.contains(where: { $0.isLetter || $0.isNumber }) || last.count == 1 && last.allSatisfy(\.isLowercase) {
            words = words.dropLast()
        }
        return words.joined(separator: " ").trimming(".:")
    }
}
