import VietnameseText

/// Numerals that are not statistics: dates, years and terms, document codes, ordinals and
/// section labels, phone-like codes. Footnote markers never reach here: they are cut out of the
/// sentence before it is tokenized.
enum NonFigure: String, Sendable, Hashable {
    case date, year, period, code, label, phone
    /// A page number in a running header: "CHÍNH PHỦ 34 CỘNG HÒA XÃ HỘI …", "… Hạnh phúc 10".
    case header
    /// Digits no numeral form reads: "1.2.3", "1,5,7", "3/4/5/6" (section numbers, OCR debris).
    case malformed
    /// Every numeral of a sentence that is not Vietnamese: OCR of another script or of a
    /// picture read with the Vietnamese model ("zxqJÄ 12 vwklm ãopqz"), or a foreign language.
    /// Its neighbours are no words, so no unit or meaning can be read from them.
    case notVietnamese
}

enum NonFigureRules {
    /// Why no numeral of a sentence is a figure, or nil when its numerals are looked at one by
    /// one (`reason(at:in:atBlockStart:)`).
    static func sentenceReason(_ tokens: [Token]) -> NonFigure? {
        var judged = 0, vietnamese = 0
        // One letter says nothing: a formula's variables ("Hi x Tj"), a list's "a", debris's "u".
        for token in tokens where token.isWord && token.text.unicodeScalars.count > 1 {
            judged += 1
            if isVietnameseWord(token.text) { vietnamese += 1 }
        }
        guard judged >= fewestWordsToJudge else { return nil }
        return Double(vietnamese) < minimumVietnameseShare * Double(judged) ? .notVietnamese : nil
    }

    /// A sentence of fewer words says too little about its language ("Tổng: 12 KN, 3 TC").
    static let fewestWordsToJudge = 4
    /// Reports' sentences spell nearly every word as a Vietnamese syllable or an abbreviation
    /// (names and loanwords are a few); OCR debris of another script spells almost none.
    static let minimumVietnameseShare = 0.5

    /// A syllable of Vietnamese spelling in its own case and tone placement, or an abbreviation
    /// or code in capitals ("UBND", "HĐND", "KNTC", "QH15"). A lower-case word with a digit in
    /// it ("n1o", "81m1") is debris.
    private static func isVietnameseWord(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        if VietnameseSyllable.isValid(scalars) { return true }
        return (2...8).contains(scalars.count)
            && scalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "Đ" }
    }

    /// Why the numeral at `index` is not a figure, or nil when it is one.
    static func reason(at index: Int, in tokens: [Token], atBlockStart: Bool) -> NonFigure? {
        let token = tokens[index]
        let previous = index > 0 ? tokens[index - 1] : nil
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        if isPhoneLike(token.text) { return .phone }
        if isDate(token.text, after: previous) { return .date }
        if let previous, previous.isWord, dateWords.contains(previous.lower), !isGroupedCount(token.text),
            !countsAfterYearWord(at: index, in: tokens)
        {
            return .date
        }
        if isRecurringDay(at: index, in: tokens) { return .date }
        if isDashedDate(at: index, in: tokens) || isDashedDayMonth(at: index, in: tokens) { return .date }
        // "kết luận 31 cuộc", "trước kỳ họp 32 cuộc", "hướng dẫn 70 đơn": a count after a word that
        // usually names a document or an ordinal.
        if isHeaderNumber(at: index, in: tokens) { return .header }
        if isBracketedMarker(at: index, in: tokens) { return .label }
        // "gửi đến kỳ họp 1.326 kiến nghị": recommendations are counted after such a word too.
        let nextTwo = index + 2 < tokens.count ? tokens[index + 1].lower + " " + tokens[index + 2].lower : ""
        let counts = (next.map { $0.isWord && !$0.isCapitalized && UnitLexicon.petitionCountWords.contains($0.lower) } ?? false
            || countPhrasesAfterLabels.contains(nextTwo)) && previous?.lower != "số"
        if !counts, isCode(at: index, in: tokens) { return .code }
        if !counts, isLabel(at: listHead(of: index, in: tokens), in: tokens) { return .label }
        // "3. …" or "“3. …" opening a block: a list or section number.
        if atBlockStart, tokens[..<index].allSatisfy({ $0.kind == .punctuation }), let next, next.is(".") || next.is(")") {
            return .label
        }
        if isYear(token.text) {
            if let next, next.isWord, UnitLexicon.isCountUnit(next.lower) { return nil }
            return isInYearRange(at: index, in: tokens) ? .period : .year
        }
        if isReportingPeriod(after: index, in: tokens) { return .period }
        if VietnameseNumber.fraction(of: token.text) == nil { return .malformed }
        return nil
    }

    /// "tổng số đơn[1]", "tái định cư[2],": a numeral in square brackets written against the word
    /// before it calls a footnote or a source; it counts nothing.
    static func isBracketedMarker(at index: Int, in tokens: [Token]) -> Bool {
        guard index >= 2, index + 1 < tokens.count, tokens[index - 1].is("["), !tokens[index - 1].spaceBefore,
            tokens[index + 1].is("]"), !tokens[index].spaceBefore
        else { return false }
        return tokens[index - 2].isWord || tokens[index - 2].kind == .punctuation && !tokens[index - 2].is("(")
    }

    /// "18/5/2020", "6/2020", and "ngày 18/5".
    static func isDate(_ numeral: String, after previous: Token?) -> Bool {
        let parts = numeral.split(separator: "/").map { Int(VietnameseNumber.digits(of: String($0))) ?? -1 }
        guard parts.count >= 2, !numeral.contains(","), !numeral.contains(".") else { return false }
        if parts.count == 3 { return (1...31).contains(parts[0]) && (1...12).contains(parts[1]) }
        if (1...12).contains(parts[0]), (1900...2100).contains(parts[1]) { return true }
        let afterDateWord = previous.map { $0.isWord && dateWords.contains($0.lower) } ?? false
        return afterDateWord && (1...31).contains(parts[0]) && (1...12).contains(parts[1])
    }

    /// "2.605": thousands grouped with a dot, as counts are written and dates and years never are
    /// ("trong năm 2.605 đơn" counts petitions of the year).
    /// "tiếp nhận trong năm 56 đơn", "phát sinh trong năm 11 đồng chí": after "năm" a numeral
    /// that is no year, before a unit petitions, cases or complainants are counted in, counts
    /// ("tháng 5", "quý 3" stay dates: months and quarters are written with small numbers).
    static func countsAfterYearWord(at index: Int, in tokens: [Token]) -> Bool {
        guard index >= 1, tokens[index - 1].lower == yearWord, tokens[index].text.allSatisfy(VietnameseNumber.isDigit),
            !isYear(tokens[index].text), let unit = UnitLexicon.unit(at: index + 1, in: tokens)
        else { return false }
        let first = unit.text.split(separator: " ").first.map(String.init) ?? unit.text
        return unit.text != "đơn vị" && (UnitLexicon.petitionCountWords.contains(first) || ComplainantCount.units.contains(unit.text))
    }

    static let yearWord = "năm"

    static func isGroupedCount(_ numeral: String) -> Bool {
        numeral.contains(".") && (VietnameseNumber.value(of: numeral) ?? 0) >= 1000
    }

    static func isYear(_ numeral: String) -> Bool {
        guard numeral.count == 4, numeral.allSatisfy(VietnameseNumber.isDigit), let year = Int(numeral) else { return false }
        return (1900...2100).contains(year)
    }

    /// "0912 345 678" or "0243.823.456": a leading zero and more digits than any count has.
    static func isPhoneLike(_ numeral: String) -> Bool {
        let digits = VietnameseNumber.digits(of: numeral)
        return digits.hasPrefix("0") && digits.count >= 8 && !numeral.contains(",")
    }

    /// "3130-CV/BDVTW", "46/2016/NQ-HĐND", "Covid-19", "số 02", "Nghị quyết 25-NQ/TW".
    private static func isCode(at index: Int, in tokens: [Token]) -> Bool {
        if index + 2 < tokens.count {
            let joiner = tokens[index + 1], tail = tokens[index + 2]
            if (joiner.isDash || joiner.is("/")) && !joiner.spaceBefore && tail.isWord && tail.text.contains(where: \.isUppercase) {
                return true
            }
            // "Chỉ thị số 06 – CT/TU": a spaced dash before an all-capital code.
            if joiner.isDash, tail.isWord, tail.text.count >= 2, tail.text.allSatisfy({ $0.isUppercase }),
                index + 3 < tokens.count, tokens[index + 3].is("/")
            {
                return true
            }
        }
        if index >= 2, tokens[index - 1].isDash, !tokens[index - 1].spaceBefore, !tokens[index].spaceBefore,
            tokens[index - 2].isWord
        {
            return true
        }
        guard index >= 1, tokens[index - 1].isWord else { return false }
        let previous = tokens[index - 1].lower
        // "Quyết định số 12", "câu số 3" name a document or an item; "dân số 34.896", "tổng số 120"
        // and "trong số 50" count.
        if previous == "số" {
            return index < 2 || !countingBeforeSo.contains(tokens[index - 2].lower)
        }
        if index >= 2, tokens[index - 2].isWord, documentKinds.contains(tokens[index - 2].lower + " " + previous) {
            return !isVerbNotDocument(at: index, kindStart: index - 2, in: tokens)
        }
        guard documentKinds.contains(previous) else { return false }
        // "giữ nguyên hình thức kỷ luật 6 trường hợp": discipline, not Law 6.
        return !(index >= 2 && tokens[index - 2].isWord && notDocumentAfter[previous]?.contains(tokens[index - 2].lower) == true)
    }

    /// "chuyển đơn 164; hướng dẫn 58; lưu đơn 219": a kind that is also a verb, in lower case,
    /// before a numeral that ends its item with no code after it, is the verb.
    private static func isVerbNotDocument(at index: Int, kindStart: Int, in tokens: [Token]) -> Bool {
        let kind = tokens[kindStart].lower + " " + tokens[kindStart + 1].lower
        guard verbKinds.contains(kind), !tokens[kindStart].isCapitalized else { return false }
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        return next.is(";") || next.is(",") || next.is(")") || next.is(".")
    }

    /// Document kinds that are also verbs of handling petitions.
    static let verbKinds: Set<String> = ["hướng dẫn"]

    /// The first numeral of a list the numeral at `index` ends: "khoản 1, 2, 3 và 4" → the "1".
    private static func listHead(of index: Int, in tokens: [Token]) -> Int {
        var head = index
        while head >= 2, tokens[head - 1].is(",") || ["và", "hoặc"].contains(tokens[head - 1].lower), tokens[head - 2].isNumber {
            head -= 2
        }
        return head
    }

    /// Whether a label word ("Điều", "khoản", "giai đoạn") stands right before the numeral at `index`.
    private static func isLabel(at index: Int, in tokens: [Token]) -> Bool {
        if index >= 1, tokens[index - 1].isWord, labelWords.contains(tokens[index - 1].lower) {
            let unlabelling = index >= 2 && tokens[index - 2].isWord
                && notLabelAfter[tokens[index - 1].lower]?.contains(tokens[index - 2].lower) == true
            return !unlabelling
        }
        return index >= 2 && tokens[index - 2].isWord && tokens[index - 1].isWord
            && labelWords.contains(tokens[index - 2].lower + " " + tokens[index - 1].lower)
    }

    /// "ngày 10 và 20 hàng tháng", "ngày 10, 20, 30 hằng tháng": days of every month.
    private static func isRecurringDay(at index: Int, in tokens: [Token]) -> Bool {
        var cursor = index + 1
        while cursor + 1 < tokens.count, tokens[cursor].is(",") || tokens[cursor].lower == "và", tokens[cursor + 1].isNumber {
            cursor += 2
        }
        guard cursor + 1 < tokens.count else { return false }
        let following = tokens[cursor].lower + " " + tokens[cursor + 1].lower
        if following == "hàng tháng" || following == "hằng tháng" { return true }
        var back = index - 1
        // Only days stand in such a list: "ngày 15/12/2026, 19 đơn" dates the count after it.
        while back >= 1, tokens[back].is(",") || tokens[back].lower == "và", tokens[back - 1].isNumber,
            tokens[back - 1].text.allSatisfy(\.isNumber)
        {
            back -= 2
        }
        return back >= 0 && back < index - 1 && tokens[back].isWord && tokens[back].lower == "ngày"
    }

    /// Between two words in capitals ("QUỐC HỘI 3 CỘNG HÒA") or right after the motto that closes
    /// a gazette's heading ("Hạnh phúc 10").
    private static func isHeaderNumber(at index: Int, in tokens: [Token]) -> Bool {
        func shouting(_ position: Int) -> Bool {
            position >= 0 && position < tokens.count && tokens[position].isWord && tokens[position].text.count >= 2
                && tokens[position].text.allSatisfy { !$0.isLetter || $0.isUppercase }
        }
        // "KẾT QUẢ 5 NĂM THỰC HIỆN": a count in a heading in capitals is still a count, and so
        // is one in a sentence in capitals counted in a petition's unit ("ĐÃ TỔNG HỢP 1.968 KIẾN
        // NGHỊ", "LÊN TỚI 2.315 THƯ", "CÓ 9 ĐOÀN ĐÔNG NGƯỜI").
        if shouting(index - 1) && shouting(index + 1) {
            let next = tokens[index + 1].lower
            return !UnitLexicon.isCountUnit(next) && !dateWords.contains(next) && !countsPetitions(at: index + 1, in: tokens)
        }
        return index >= 2 && tokens[index - 2].lower == "hạnh" && tokens[index - 1].lower == "phúc"
    }

    /// "12-05-2026" (a gazette's page header): numerals glued by dashes, one of them a year.
    private static func isDashedDate(at index: Int, in tokens: [Token]) -> Bool {
        var start = index
        while start >= 2, tokens[start - 1].isDash, !tokens[start - 1].spaceBefore, !tokens[start].spaceBefore,
            tokens[start - 2].isNumber
        {
            start -= 2
        }
        var end = index
        while end + 2 < tokens.count, tokens[end + 1].isDash, !tokens[end + 1].spaceBefore, !tokens[end + 2].spaceBefore,
            tokens[end + 2].isNumber
        {
            end += 2
        }
        guard end - start == 4 else { return false }
        return isYear(tokens[end].text) && (1...31).contains(Int(tokens[start].text) ?? 0)
            && (1...12).contains(Int(tokens[start + 2].text) ?? 0)
    }

    /// "ngày 22-10", "sáng 8-12": a day and month glued by a dash after a word naming a day;
    /// neither is a count of what follows ("ngày 22-10 cử tri …").
    private static func isDashedDayMonth(at index: Int, in tokens: [Token]) -> Bool {
        func dayMonth(from day: Int) -> Bool {
            guard day >= 1, day + 2 < tokens.count, tokens[day + 1].isDash, !tokens[day + 1].spaceBefore,
                !tokens[day + 2].spaceBefore, tokens[day + 2].isNumber, tokens[day - 1].isWord,
                dateWords.contains(tokens[day - 1].lower) || dayParts.contains(tokens[day - 1].lower)
            else { return false }
            return (1...31).contains(Int(tokens[day].text) ?? 0) && (1...12).contains(Int(tokens[day + 2].text) ?? 0)
        }
        return dayMonth(from: index) || dayMonth(from: index - 2)
    }

    /// "2020-2025", "2016 – 2020": a term or period.
    private static func isInYearRange(at index: Int, in tokens: [Token]) -> Bool {
        if index + 2 < tokens.count, tokens[index + 1].isDash, isYear(tokens[index + 2].text) { return true }
        if index >= 2, tokens[index - 1].isDash, isYear(tokens[index - 2].text) { return true }
        return false
    }

    /// "6 tháng đầu năm", "9 tháng năm 2020": the period a report covers, not a count.
    private static func isReportingPeriod(after index: Int, in tokens: [Token]) -> Bool {
        guard index + 2 < tokens.count, tokens[index + 1].lower == "tháng" else { return false }
        let third = tokens[index + 2].lower
        return third == "đầu" || third == "cuối" || third == "năm"
    }

    /// Words after which a numeral is part of a date.
    static let dateWords: Set<String> = ["ngày", "tháng", "năm", "quý"]
    /// Words naming a part of a day, before a date: "sáng 8-12".
    static let dayParts: Set<String> = ["sáng", "chiều", "tối", "trưa", "đêm", "hôm"]

    /// Words after which a numeral is an ordinal or a label, not a count.
    static let labelWords: Set<String> = [
        "thứ", "lần", "mũi", "câu", "khóa", "mục", "phần", "chương", "điều", "khoản", "tầng", "phòng",
        "mức độ", "phụ lục", "trung ương", "kỳ họp", "hội nghị lần", "tổ", "xóm", "thôn", "ấp", "khu", "đợt",
        "giai đoạn", "bước", "nhóm", "cấp độ", "hạng", "loại", "lô", "tiểu khu", "khu vực", "tiết", "mẫu", "lớp",
        "quận", "phường", "trạm", "quốc lộ", "tỉnh lộ", "đường tỉnh", "đường huyện", "đường số", "km",
        // "(Ảnh 1/5)", "Ảnh 2/4:": a photo's number on a news page.
        "ảnh",
    ]

    /// Units of two words that make a numeral a count even after a label or document word (the
    /// one-word ones are `UnitLexicon.petitionCountWords`, which spelled numbers also use).
    /// Party members, bodies and cases counted after a verb that also names a document ("Đã kết
    /// luận 11 đồng chí", "kết luận 5 trường hợp") are counted the same way.
    static let countPhrasesAfterLabels: Set<String> = [
        "kiến nghị", "ý kiến", "đồng chí", "đảng viên", "trường hợp", "phản ánh", "khiếu nại", "tố cáo",
    ]

    /// Whether the words from `index` on are a unit petitions, cases, visits, complainants or
    /// what citizens raise are counted in: a word of `UnitLexicon.petitionCountWords`, a phrase
    /// of `countPhrasesAfterLabels`, or a petition noun ("thư").
    static func countsPetitions(at index: Int, in tokens: [Token]) -> Bool {
        guard index < tokens.count, tokens[index].isWord else { return false }
        let first = tokens[index].lower
        let two = index + 1 < tokens.count ? first + " " + tokens[index + 1].lower : ""
        return UnitLexicon.petitionCountWords.contains(first) || countPhrasesAfterLabels.contains(two) || UnitLexicon.namesPetitions(first)
    }

    /// A label word after these words names no numbered thing, so the numeral after it counts:
    /// "cấp quận 29" is the district level (not District 29), "đúng một phần 5" the complaints
    /// found partly right (not part 5).
    static let notLabelAfter: [String: Set<String>] = [
        "quận": ["cấp"], "phường": ["cấp"], "phần": ["một"],
        // "kiến nghị, phản ảnh 45 đơn": "phản ảnh" is "phản ánh" in another spelling, no photo.
        "ảnh": ["phản"],
    ]

    /// A document kind after these words is part of another word, so the numeral after it counts:
    /// "kỷ luật 6 trường hợp" is a sanction (not Law 6), "pháp luật 3 vụ" the law in general.
    static let notDocumentAfter: [String: Set<String>] = [
        "luật": ["kỷ", "kỉ", "pháp"],
    ]

    /// Words before "số" that make "số N" a count rather than a number naming something.
    /// "con số 463 vụ việc": news names a figure it comments on as "the number".
    static let countingBeforeSo: Set<String> = ["dân", "tổng", "đa", "trong", "với", "có", "là", "đạt", "của", "các", "con"]

    /// Kinds of documents whose number follows them: "Quyết định 217", "Nghị quyết 46/2016".
    static let documentKinds: Set<String> = [
        "quyết định", "nghị quyết", "kết luận", "chỉ thị", "nghị định", "công văn", "kế hoạch", "thông tư",
        "văn bản", "đề án", "quy định", "hướng dẫn", "quy chế", "pháp lệnh", "luật", "thông báo", "tờ trình",
        "báo cáo", "chương trình", "thông tri", "hiến pháp",
    ]
}
