import DocumentModel

/// The line breaks a plain text lost when a web page was scraped or a PDF viewer's text copied:
/// a whole report or article on one line, its headings, list items and paragraphs run together
/// ("… trong năm 2026. 2. Về giải quyết tố cáo Tổng số phải giải quyết là 6 …", "… như sau: -
/// Tố cáo đối với đảng viên: 46 đồng chí. - Tố cáo …", "… 4 đồng chí. II. GIẢI QUYẾT TỐ CÁO 1.
/// Tố cáo …"). The line is cut where a heading or an item must have started a line of its own,
/// and after a heading where its text ends, so that the pieces flow into the blocks the
/// laid-out text gives.
///
/// A cut is sure when the language allows no other reading: a section numbering ("2.", "II.")
/// after a sentence's end, after a heading in capitals or before one, a dash item after a
/// sentence's end, the rule above the footnotes.
/// Other marks are read as lost breaks only on a line that holds a sure cut (or is longer than
/// any paragraph): a numbering after ":" or ";" ("… như sau: 1. Tiếp nhận …"), a point "a)", a
/// run of words in capitals, a run of dash items without punctuation ("- Số lượt tiếp: 212 lượt
/// - Số người được tiếp: 265 người - …"). A paragraph that only lists inline ("Cụ thể: a) Tiếp
/// nhận …; b) …") stays one paragraph.
enum LostBreaks {
    /// A line this long holds more than one paragraph: no paragraph of a report or an article
    /// runs that far (the longest in the written sets is under 1 300 characters).
    static let longestParagraph = 2_000
    /// A heading written in sentence case ends within this many words after its numbering
    /// ("2. Tiếp nhận, phân loại và xử lý đơn thư khiếu nại, tố cáo thuộc thẩm quyền").
    static let longestHeadingWords = 16
    /// Dash items run together without punctuation are read as a list from this many on: two
    /// may be a route or a pair of names ("Hà Nội - Hải Phòng").
    static let shortestDashRun = 3
    /// Underscores this many in a row are a rule drawn across the page, not a blank to fill in.
    static let shortestRule = 5

    /// The line cut into the lines it was before, or the line itself when nothing was lost.
    static func pieces(of line: String) -> [String] {
        let words = line.split(separator: " ")
        guard words.count > 2 else { return [line] }
        var starts = sureStarts(words)
        if !starts.isEmpty || line.count >= longestParagraph {
            starts.formUnion(likelyStarts(words))
        }
        guard !starts.isEmpty else { return [line] }
        starts.formUnion(headingEnds(words, starts: starts))
        starts.remove(0)
        guard !starts.isEmpty else { return [line] }
        let cuts = [0] + starts.sorted() + [words.count]
        return zip(cuts, cuts.dropFirst()).map { words[$0..<$1].joined(separator: " ") }
    }

    /// How far back from a line's end its table caption may start: a label, a title of a few
    /// lines, a subtitle "(Kèm theo Báo cáo số … của …)" and a unit.
    static let longestCaptionWords = 60

    /// The line right above a table, its table's caption cut off the prose it ran into when the
    /// page lost its breaks: "… TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lò Văn Thắm PHỤ LỤC 01 KẾT QUẢ TIẾP
    /// CÔNG DÂN 9 THÁNG ĐẦU NĂM 2026 (Kèm theo Báo cáo số 214/BC-UBND …) Đơn vị tính: đơn" is the
    /// prose, then the label, the title, the subtitle and the unit on lines of their own, as the
    /// laid-out page has them (`TableCaption`), so that the caption names the table again. The
    /// caption is read from the end: a unit line, a subtitle in parentheses, a title in
    /// capitals, and a label ("PHỤ LỤC 01", "Bảng 2", "Biểu số 02/XLĐ") that opens it; a title
    /// without a label is cut only after a sentence's end. The prose before it (empty when the
    /// line is all caption) and the caption's lines; nil when the line ends in no caption that
    /// has a label or a title.
    static func splitCaption(of line: String) -> (prose: String, caption: [String])? {
        let words = line.split(separator: " ")
        let reach = max(0, words.count - longestCaptionWords)
        var end = words.count
        var below: [String] = []
        if let unit = (reach..<end).first(where: { TableCaptionWords.isUnit(lowercased: words[$0...].joined(separator: " ").lowercased()) }) {
            below.insert(words[unit...].joined(separator: " "), at: 0)
            end = unit
        }
        if end > 0, words[end - 1].hasSuffix(")"), let open = (reach..<end).last(where: { words[$0].hasPrefix("(") }) {
            below.insert(words[open..<end].joined(separator: " "), at: 0)
            end = open
        }
        var start = end
        while start > reach, !hasLowercase(words[start - 1]), !isDash(words[start - 1]) { start -= 1 }
        // A label's word may be written in small letters before its number ("Bảng 2 KẾT QUẢ …").
        let labelReach = max(reach, start - longestLabelWord)
        let label = (labelReach..<end).first { tableLabelLength(words, at: $0) != nil }
        var caption: [String]
        var prose: Int
        if let label, let length = tableLabelLength(words, at: label) {
            caption = [words[label..<(label + length)].joined(separator: " ")]
            if label + length < end { caption.append(words[(label + length)..<end].joined(separator: " ")) }
            prose = label
        } else {
            guard start < end, start == 0 || endsSentence(words[start - 1], colons: true),
                words[start..<end].filter(isCapitalWord).count >= 2
            else { return nil }
            caption = [words[start..<end].joined(separator: " ")]
            prose = start
        }
        caption += below
        guard let read = TableCaption(lines: caption), read.label != nil || !read.title.isEmpty else { return nil }
        return (words[..<prose].joined(separator: " "), caption)
    }

    /// The most words a table's label word has before its number ("Biểu số").
    static let longestLabelWord = 2

    /// The number of words of a table's label starting at `index` ("PHỤ LỤC 01", "Bảng 2",
    /// "BIỂU SỐ 02/XLĐ"): a label word of `TableCaptionWords` and a number or code after it.
    static func tableLabelLength(_ words: [Substring], at index: Int) -> Int? {
        for label in TableCaptionWords.labels {
            let parts = label.split(separator: " ")
            let numberAt = index + parts.count
            guard numberAt < words.count, words[index..<numberAt].map({ $0.lowercased().withoutMarks }) == parts.map(String.init),
                words[numberAt].first?.isNumber == true
                    || words[numberAt].count <= 5 && words[numberAt].allSatisfy({ "IVX".contains($0) })
            else { continue }
            return parts.count + 1
        }
        return nil
    }

    /// Where a section numbering or a dash item starts after a sentence's end, or a numbering
    /// after a heading in capitals ("… TỐ CÁO 1. Tố cáo đối với đảng viên").
    static func sureStarts(_ words: [Substring]) -> Set<Int> {
        var starts: Set<Int> = []
        for index in words.indices.dropFirst().dropLast() {
            let before = words[index - 1], next = words[index + 1]
            if isRule(words[index]) {
                starts.formUnion([index, index + 1])
            } else if isDash(words[index]) {
                if endsSentence(before, colons: true), startsUppercase(next) { starts.insert(index) }
            } else if let level = numbering(words[index]), level != .letter, startsUppercase(next) {
                if endsSentence(before, colons: false) || closesCapitalHeading(words, before: index) || opensCapitalHeading(words, at: index) {
                    starts.insert(index)
                }
            }
        }
        return starts
    }

    /// Marks that start a line only where the line is known to have lost its breaks: a
    /// numbering or point after ":" or ";", a run of words in capitals between sentences, and
    /// dash items run together.
    static func likelyStarts(_ words: [Substring]) -> Set<Int> {
        var starts: Set<Int> = []
        var dashes: [Int] = []
        for index in words.indices.dropLast() {
            let next = words[index + 1]
            if isDash(words[index]), startsItemText(next) { dashes.append(index) }
            guard index > 0 else { continue }
            if numbering(words[index]) != nil, startsUppercase(next), endsSentence(words[index - 1], colons: true) {
                starts.insert(index)
            }
        }
        if dashes.count >= shortestDashRun { starts.formUnion(dashes.filter { $0 > 0 }) }
        starts.formUnion(capitalRuns(words))
        return starts
    }

    /// Where the text after each heading's numbering starts its section's first paragraph:
    /// a heading in capitals ends before the first word that is not; one in sentence case
    /// before a capitalised word that follows a word in small letters and is no name (the
    /// next word is not capitalised too), within `longestHeadingWords`. No end is cut when
    /// the text ends a sentence first: it is a numbered paragraph or item. A heading in
    /// sentence case also ends where the first heading under it starts ("III. Tiếp nhận và
    /// giải quyết đơn khiếu nại, tố cáo 1. Khiếu nại Trong năm …"), whose own end is sought then.
    static func headingEnds(_ words: [Substring], starts: Set<Int>) -> Set<Int> {
        var ends: Set<Int> = []
        let sorted = starts.union([0]).sorted()
        // The starts in order, and the sub-headings found on the way, read before the next start.
        var pending: [Int] = []
        var next = 0
        while next < sorted.count || !pending.isEmpty {
            let start: Int
            if let nested = pending.popLast() {
                start = nested
            } else {
                start = sorted[next]
                next += 1
            }
            guard start + 1 < words.count, let level = numbering(words[start]), level != .letter else { continue }
            // The first start after this one: a search of the sorted starts, not a scan of them all.
            let following = sorted.partitioningIndex { $0 > start }
            let limit = min(words.count, following < sorted.count ? sorted[following] : words.count, start + 2 + longestHeadingWords)
            let first = words[start + 1]
            guard start + 2 < limit, startsUppercase(first) else { continue }
            if !hasLowercase(first) {
                if let end = (start + 2..<limit).first(where: { hasLowercase(words[$0]) }), startsUppercase(words[end]) {
                    ends.insert(end)
                }
                continue
            }
            for index in start + 2..<limit {
                let before = words[index - 1], word = words[index]
                if endsSentence(before, colons: true) { break }
                if opensFirstSubheading(words, at: index) {
                    ends.insert(index)
                    pending.append(index)
                    break
                }
                guard startsUppercase(word), hasLowercase(word), before.first?.isLowercase == true, before.last?.isLetter == true else {
                    continue
                }
                if index + 1 < words.count, startsUppercase(words[index + 1]) { continue }
                ends.insert(index)
                break
            }
        }
        return ends
    }

    /// The word is the first numbering of a level ("1.", "2.1.") and a capital follows: the
    /// first heading under the one before.
    static func opensFirstSubheading(_ words: [Substring], at index: Int) -> Bool {
        guard index + 1 < words.count, startsUppercase(words[index + 1]), let level = numbering(words[index]), level != .letter else {
            return false
        }
        let label = words[index].trimming(".")
        return label == "1" || label.hasSuffix(".1")
    }

    /// A run of two or more words in capitals standing between sentences ("… 15 đồng chí. PHƯƠNG
    /// HƯỚNG NĂM 2027 Tiếp tục …"), or opening the line ("ỦY BAN KIỂM TRA … BÁO CÁO Kết quả …"):
    /// cut before it and before the word in small letters that ends it.
    static func capitalRuns(_ words: [Substring]) -> Set<Int> {
        var starts: Set<Int> = []
        var index = 0
        while index < words.count {
            guard index == 0 || endsSentence(words[index - 1], colons: true), isCapitalWord(words[index]) else {
                index += 1
                continue
            }
            // The run stops at a numbering or a dash: those start lines of their own.
            var end = index
            while end < words.count, !hasLowercase(words[end]), !isDash(words[end]), numbering(words[end]) == nil { end += 1 }
            if words[index..<end].filter(isCapitalWord).count >= 2 {
                if index > 0 { starts.insert(index) }
                if end < words.count, hasLowercase(words[end]), startsUppercase(words[end]) { starts.insert(end) }
            }
            index = max(end, index + 1)
        }
        return starts
    }

    /// The level of a numbering word ("II.", "2.", "2.1.", "a)"), when it is one.
    static func numbering(_ word: Substring) -> HeadingLevel? {
        guard word.count <= 9, let last = word.last, last == "." || last == ")" || word.contains(".") else { return nil }
        return HeadingPattern.levelOfNumbering(word)
    }

    /// The word before ends a sentence (with ":" and ";" when `colons`).
    static func endsSentence(_ word: Substring, colons: Bool) -> Bool {
        var core = word
        while let last = core.last, "”\"’)".contains(last), core.count > 1 { core = core.dropLast() }
        guard let last = core.last else { return false }
        // A numbering's own dot ends no sentence ("… 2. 3. …" is no heading after a sentence).
        if numbering(word) != nil { return false }
        return (colons ? ".:;!?…" : ".!?…").contains(last)
    }

    /// The numbering follows a heading in capitals ("NĂM 2026 1.", "TỐ CÁO II."): the word before
    /// has no small letter, and it or the one before it has capitals, and it is no legal unit's
    /// label ("ĐIỀU 3.").
    static func closesCapitalHeading(_ words: [Substring], before index: Int) -> Bool {
        let before = words[index - 1]
        guard !hasLowercase(before), !isLegalLabel(before) else { return false }
        if isCapitalWord(before) { return true }
        return before.allSatisfy { $0.isNumber } && index >= 2 && isCapitalWord(words[index - 2]) && !isLegalLabel(words[index - 2])
    }

    /// The numbering opens a heading in capitals ("… năm 2026 II. KẾT QUẢ GIẢI QUYẾT …"): two
    /// words in capitals follow it, whatever stands before.
    static func opensCapitalHeading(_ words: [Substring], at index: Int) -> Bool {
        index + 2 < words.count && isCapitalWord(words[index + 1]) && isCapitalWord(words[index + 2])
    }

    static func isLegalLabel(_ word: Substring) -> Bool {
        [LegalWord.article, LegalWord.chapter, LegalWord.section, LegalWord.part, "khoản", "điểm"].contains { LegalWord.reads(word, as: $0) }
    }

    /// The rule that sets footnotes apart from the text ("_______________ ¹ Trong đó …").
    static func isRule(_ word: Substring) -> Bool {
        word.count >= shortestRule && word.allSatisfy { $0 == "_" }
    }

    static func isDash(_ word: Substring) -> Bool {
        word.count == 1 && ItemMarker.markers.contains(word.first ?? " ") && word != "*"
    }

    static func startsUppercase(_ word: Substring) -> Bool {
        word.first(where: { !"“\"(".contains($0) })?.isUppercase == true
    }

    static func startsItemText(_ word: Substring) -> Bool {
        startsUppercase(word) || word.first?.isNumber == true
    }

    static func hasLowercase(_ word: Substring) -> Bool {
        word.contains { $0.isLowercase }
    }

    /// A word in capitals of two letters or more ("TỐ", "KẾT"), not a number or a mark.
    static func isCapitalWord(_ word: Substring) -> Bool {
        word.filter(\.isLetter).count >= 2 && !hasLowercase(word)
    }
}

extension Array where Element == Int {
    /// The index of the first element of this sorted array for which `belongs` holds (all after
    /// it hold too), or `count`.
    func partitioningIndex(where belongs: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
