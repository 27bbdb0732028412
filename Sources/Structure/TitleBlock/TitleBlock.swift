/// The title block at the head of a report: the issuing body, "Số: 355-BC/BDVTU", the
/// place and date, "BÁO CÁO" and its subject lines. It ends where the body begins: a
/// heading, or the first real paragraph ("Thực hiện Công văn số…", "Căn cứ…").
enum TitleBlock {
    /// How many of the leading blocks are title lines.
    static func count(in blocks: [RawBlock]) -> Int {
        var count = 0
        for block in blocks {
            guard isTitleLine(block) else { break }
            count += 1
        }
        return count
    }

    static func isTitleLine(_ block: RawBlock) -> Bool {
        let text = block.text
        if HeadingPattern(text) != nil || ItemMarker.split(text) != nil { return false }
        if text.count >= 160 || text.hasSuffix(".") { return false }
        let bodyOpeners = ["Thực hiện", "Căn cứ", "Kính gửi", "Theo "]
        return !bodyOpeners.contains { text.hasPrefix($0) }
    }
}
