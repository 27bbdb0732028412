/// The title block at the head of a report: the issuing body, "Số: 355-BC/BDVTU", the
/// place and date, "BÁO CÁO" and its subject lines. It ends where the body begins: a
/// heading, or the first real paragraph ("Thực hiện Công văn số…", "Căn cứ…").
enum TitleBlock {
    /// How many of the leading blocks are title lines.
    static func count(in blocks: [RawBlock], metrics: PageMetrics) -> Int {
        var count = 0
        for block in blocks {
            guard isTitleLine(block), looksSetApart(block, metrics) else { break }
            count += 1
        }
        return count
    }

    /// The leading blocks with a title's last subject line parted from the line that introduces
    /// the body, when the flow ran them into one block ("Tình hình tiếp công dân quý III năm 2026"
    /// over "Kết quả cụ thể như sau:"): the introduction ends the title block
    /// (`isTitleLine`), but the line before it stays in the title. The introduction starts at its
    /// block's last line that does not go on in lower case; the lines before it must be title
    /// lines themselves.
    static func partingIntroduction(_ blocks: [RawBlock], metrics: PageMetrics) -> [RawBlock] {
        var blocks = blocks
        for index in blocks.indices {
            let block = blocks[index]
            if isTitleLine(block) && looksSetApart(block, metrics) { continue }
            guard block.table == nil, block.lines.count > 1, block.text.hasSuffix(":"),
                let start = block.lines.lastIndex(where: { !Punctuation.startsLowercase($0.text) }), start > 0
            else { break }
            var title = RawBlock(block.lines[0])
            for line in block.lines[1..<start] { title.append(line) }
            var introduction = RawBlock(block.lines[start])
            for line in block.lines[(start + 1)...] { introduction.append(line) }
            guard isTitleLine(title), looksSetApart(title, metrics) else { break }
            blocks.replaceSubrange(index...index, with: [title, introduction])
            break
        }
        return blocks
    }

    /// On a laid-out page title lines are centred, bold or in capitals; body lines are not.
    static func looksSetApart(_ block: RawBlock, _ metrics: PageMetrics) -> Bool {
        guard block.first.hasGeometry else { return true }
        let text = block.text
        return metrics.isCentered(block.first) || block.first.bold || text == text.uppercased()
    }

    static func isTitleLine(_ block: RawBlock) -> Bool {
        guard block.first.table == nil else { return false }
        let text = block.text
        if HeadingPattern(block.content) != nil || ItemMarker.split(text) != nil { return false }
        // A sentence ends the title block, and so does a line that leads into what follows it
        // ("Trong năm, Sở tiếp nhận 146 đơn, kết quả theo bảng sau:"): titles name, they do not
        // introduce.
        if text.count >= 160 || text.hasSuffix(".") || text.hasSuffix(":") { return false }
        return !DocumentVocabulary.bodyOpeners.contains { text.hasPrefix($0) }
    }
}

/// The closing block of a report: "Trên đây là báo cáo…", "Nơi nhận:", the list of
/// recipients and the signature ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", the name).
enum ClosingBlock {
    static let openers = [DocumentVocabulary.recipientsLabel, "Trên đây là"] + DocumentVocabulary.authorityPrefixes

    static func startsClosing(_ text: String) -> Bool {
        openers.contains { text.hasPrefix($0) }
    }
}
