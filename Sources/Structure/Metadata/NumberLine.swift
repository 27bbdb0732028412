/// The number line of the header: "Số: 372/QĐ-BTC", "Số 355-BC/BDVTU", "Luật số: 51/2024/QH15",
/// or "Số: /BC-UBND" with the number left blank. What follows the number on the same line
/// (the place and date, when the two columns share a text line) is kept as `rest`.
struct NumberLine: Equatable {
    var number: String
    var rest: String

    init?(_ text: String) {
        let words = text.split(separator: " ").map(String.init)
        var index: Int?
        for label in DocumentVocabulary.numberLabels {
            let count = label.split(separator: " ").count
            guard words.count > count - 1 else { continue }
            let head = words[0..<count].joined(separator: " ")
            if TextKey.of(head) == TextKey.of(label), head.lowercased().hasPrefix(label.prefix(1)) {
                index = count
                break
            }
        }
        guard var next = index else { return nil }
        var token = next < words.count ? words[next] : ""
        if token == ":" {
            next += 1
            token = next < words.count ? words[next] : ""
        }
        // "445 /NQ-CP": a space typed (or read by OCR) inside the number.
        if token.allSatisfy(\.isNumber), next + 1 < words.count, let first = words[next + 1].first, "/-".contains(first) {
            next += 1
            token += words[next]
        }
        guard NumberLine.isCode(token) else { return nil }
        number = NumberLine.restoringĐ(token)
        rest = words.dropFirst(next + 1).joined(separator: " ")
    }

    /// A document code: digits, capitals and the separators "/" "-" ".", with a separator.
    static func isCode(_ token: String) -> Bool {
        guard token.contains(where: { $0 == "/" || $0 == "-" }) else { return false }
        guard token.contains(where: { $0.isNumber || $0.isUppercase }) else { return false }
        return token.allSatisfy { $0.isLetter || $0.isNumber || "/-.".contains($0) }
    }

    /// The code with the parts that are written with "Đ" spelled so: OCR drops the stroke.
    static func restoringĐ(_ code: String) -> String {
        guard code.contains("D") else { return code }
        var out = "", part = ""
        func flush() {
            out += DocumentVocabulary.codePartsWithĐ.first { String($0.map { $0 == "Đ" ? "D" : $0 }) == part } ?? part
            part = ""
        }
        for character in code {
            if "/-.".contains(character) {
                flush()
                out.append(character)
            } else {
                part.append(character)
            }
        }
        flush()
        return out
    }

    /// A number broken at a separator goes on at the start of a later line ("…-BCA-" / "BQP").
    var isCut: Bool { number.hasSuffix("-") || number.hasSuffix("/") }
}
