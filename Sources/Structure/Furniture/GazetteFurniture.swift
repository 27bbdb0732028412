/// What the official gazette (Công báo) prints around a document: the running header
/// "CÔNG BÁO/Số 146/Ngày 11-03-2026", the section caption "VĂN BẢN QUY PHẠM PHÁP LUẬT" at the
/// top of a page, and the publisher's colophon on the last page ("VĂN PHÒNG CHÍNH PHỦ XUẤT
/// BẢN", its address, phone and price).
enum GazetteFurniture {
    static let sectionCaptions = ["VĂN BẢN QUY PHẠM PHÁP LUẬT", "VĂN BẢN HỢP NHẤT", "VĂN BẢN KHÁC", "ĐIỀU ƯỚC QUỐC TẾ"]
    static let colophonOpener = "VĂN PHÒNG CHÍNH PHỦ XUẤT BẢN"
    /// How far from the top of a page the header and caption are looked for.
    static let topLines = 5
    static let bottomLines = 3

    static func isRunningHeader(_ text: String) -> Bool {
        guard text.first == "C", text.utf8.count <= 120 else { return false }
        let key = GazetteFurniture.key(text)
        return key.hasPrefix("cong bao so ") && key.contains(" ngay ")
    }

    static func isSectionCaption(_ text: String) -> Bool {
        text.utf8.count <= 80 && sectionCaptions.contains { $0.first == text.first && key($0) == key(text) }
    }

    static func isColophonStart(_ text: String) -> Bool {
        text.first == "V" && text.utf8.count <= 80 && key(text) == key(colophonOpener)
    }

    /// The lines of one page that are gazette furniture, by index.
    static func indices(in texts: [String]) -> Set<Int> {
        var found = Set<Int>()
        for (index, text) in texts.enumerated() {
            let nearTop = index < topLines, nearBottom = index >= texts.count - bottomLines
            if (nearTop || nearBottom) && isRunningHeader(text) { found.insert(index) }
            if nearTop && isSectionCaption(text) { found.insert(index) }
            if isColophonStart(text) {
                found.formUnion(index..<texts.count)
                break
            }
        }
        return found
    }

    private static func key(_ text: String) -> String { TextKey.of(text) }
}
