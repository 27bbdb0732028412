import DocumentModel

/// Reads the header of an administrative document from its first lines: the issuing body
/// (left column, parent first), the mottos (right column), the number, the place and date,
/// the type line ("QUYẾT ĐỊNH") and the subject under it, and for a legal document the
/// authority that enacts it ("BỘ TRƯỞNG BỘ TÀI CHÍNH"). The columns come in any reading
/// order, and may share text lines; which column a line is in is told by what it says.
struct HeaderReader {
    struct Header {
        var issuer: [String] = []
        var number: String?
        var place: String?
        var date: DocumentDate?
        var type: String?
        var subject: [String] = []
        /// How many of the lines the header takes (a legal document's title).
        var lineCount = 0
        /// Lines that repeat the issuer above the header: a gazette's caption, not the document's.
        var captions: [Int] = []
        /// Header lines as they read without a hidden mark (a digit glued to the year), by index.
        var repairs: [Int: String] = [:]
    }

    let lines: [WorkLine]
    let metrics: PageMetrics?
    /// The header is looked for in this many first lines.
    static let reach = 40
    /// Lines at the top that may be OCR's noise before the header starts.
    static let junkLines = 2
    /// Subject lines at most; a longer run is the body.
    static let maxSubjectLines = 14

    func read() -> Header {
        var header = Header()
        var issuer: [(index: Int, text: String)] = []
        var index = 0
        var seenNumberOrDate = false
        var typeIndex: Int?
        // Where a cut number went on: that line's first word, which is the number's.
        var continued: [Int: String] = [:]
        var skip = 0
        // Where an official letter's "V/v" subject starts.
        var letterLine: Int?
        while index < min(lines.count, HeaderReader.reach) {
            defer { index += 1 }
            if skip > 0 {
                skip -= 1
                continue
            }
            var text = lines[index].text
            if let token = continued[index] { text = String(text.dropFirst(token.count)).trimmingWhitespace() }
            if text.allSatisfy({ $0.isNumber || $0 == " " }) { continue }  // a page number left in
            if let type = HeaderReader.type(of: text) {
                header.type = type
                typeIndex = index
                break
            }
            if header.number == nil, let number = NumberLine(text) {
                header.number = number.number
                if number.isCut, let (rest, line) = continuation(after: index) {
                    header.number = number.number + rest
                    continued[line] = rest
                }
                if let placeDate = PlaceDateLine(number.rest) {
                    take(placeDate, into: &header)
                    if let repaired = placeDate.repaired {
                        header.repairs[index] = text.dropLast(number.rest.count) + repaired
                    }
                }
                seenNumberOrDate = true
                continue
            }
            if header.date == nil, let (placeDate, joined) = placeDate(at: index, text) {
                take(placeDate, into: &header)
                if let repaired = placeDate.repaired, joined == 0 { header.repairs[index] = repaired }
                seenNumberOrDate = true
                skip = joined
                continue
            }
            let (rest, _) = Mottos.removing(from: text)
            if typeIndex == nil, let subject = HeaderReader.letterSubject(rest, after: header.subject, at: index, from: letterLine) {
                if header.subject.isEmpty { letterLine = index }
                header.subject.append(subject)
                continue
            }
            // A joint document's issuers end their lines with the dash that joins them.
            let trimmed = rest.trimming(" ,.*")
            if trimmed.isEmpty || seenNumberOrDate { continue }
            guard HeaderReader.isCapitals(trimmed), trimmed.count <= 90 else {
                // Body text before any type line: not a header this reader knows. A scan's
                // first lines may be specks of its seal ("«@®"), which are passed over.
                if issuer.isEmpty && header.number == nil && index >= HeaderReader.junkLines { return Header() }
                continue
            }
            // A heading or a title in capitals ends the header of a text that prints no type
            // line of its own ("I. TÌNH HÌNH CHUNG", "SỐ LIỆU CÔNG TÁC NĂM 2026"): neither
            // issues anything.
            if HeadingPattern(trimmed) != nil { break }
            if let title = HeaderReader.titleWithType(trimmed) {
                if let body = title.issuer { issuer.append((index, body)) }
                header.type = title.type
                header.subject = title.subject.isEmpty ? [] : [title.subject]
                break
            }
            if HeaderReader.namesAPeriod(trimmed) {
                // "VIỆN KIỂM SÁT NHÂN DÂN TỈNH - KẾT QUẢ … NĂM 2026": the issuer, then its title.
                if let dash = HeaderReader.issuerDashes.lazy.compactMap({ trimmed.range(of: $0) }).first,
                    !HeaderReader.namesAPeriod(String(trimmed[..<dash.lowerBound]))
                {
                    issuer.append((index, String(trimmed[..<dash.lowerBound])))
                }
                break
            }
            issuer.append((index, trimmed))
        }
        let (captions, kept) = HeaderReader.splitCaption(issuer)
        if header.type == nil, !seenNumberOrDate, header.subject.isEmpty, let first = kept.first, !HeaderReader.namesABody(first) {
            return Header()
        }
        header.captions = captions
        header.issuer = kept
        guard let typeIndex else {
            header.lineCount = seenNumberOrDate || !issuer.isEmpty ? index : 0
            return header
        }
        header.lineCount = readSubject(from: typeIndex + 1, into: &header)
        return header
    }

    /// An official letter's subject line: the one opening with "V/v", or a line in lower case
    /// right under the subject so far (its wrapped rest beside the other column's lines).
    static func letterSubject(_ text: String, after subject: [String], at index: Int, from start: Int?) -> String? {
        let text = text.trimmingWhitespace()
        if subject.isEmpty {
            return DocumentVocabulary.letterSubjectLabels.contains { text.hasPrefix($0 + " ") } ? text : nil
        }
        guard let start, index == start + subject.count, let first = text.first, first.isLowercase else { return nil }
        return text
    }

    /// The place and date on this line, or on it and the next one or two: blank day and
    /// month fields are wide gaps that the text layer may break into lines of their own
    /// ("Hà Nội, ngày" / "tháng" / "năm 2026"). Returns how many further lines it took.
    private func placeDate(at index: Int, _ text: String) -> (PlaceDateLine, Int)? {
        if let line = PlaceDateLine(text) { return (line, 0) }
        guard text.split(separator: " ").contains(where: { TextKey.of(String($0)) == "ngay" }) else { return nil }
        var joined = text
        for extra in 1...2 where index + extra < lines.count {
            joined += " " + lines[index + extra].text
            if let line = PlaceDateLine(joined) { return (line, extra) }
        }
        return nil
    }

    private func take(_ placeDate: PlaceDateLine, into header: inout Header) {
        header.place = header.place ?? placeDate.place
        header.date = header.date ?? placeDate.date
    }

    /// The code a cut number goes on with: the first word of one of the next two lines.
    private func continuation(after index: Int) -> (String, Int)? {
        for next in (index + 1)..<min(index + 3, lines.count) {
            guard let first = lines[next].text.split(separator: " ").first.map(String.init) else { continue }
            if first.allSatisfy({ $0.isUppercase || $0.isNumber || "/-".contains($0) }), first.count >= 2 {
                return (first, next)
            }
        }
        return nil
    }

    /// Subject lines after the type line, then an enacting authority line; returns where the
    /// header ends.
    private func readSubject(from start: Int, into header: inout Header) -> Int {
        // Where the body opens close below, everything up to it is the subject, however it is
        // set; otherwise the subject is the lines set apart from the body.
        let reach = min(lines.count, start + HeaderReader.maxSubjectLines + 1)
        // A line that ends a sentence is body text, not a title line, as is all after it.
        let sentenceEnd = (start..<reach).first { lines[$0].text.hasSuffix(".") }
        if let end = (start..<reach).first(where: {
            endsHeader(lines[$0].text) || $0 == sentenceEnd.map { $0 + 1 } || startsParagraphAfterSubject($0, from: start)
        }) {
            header.subject = lines[start..<end].map(\.text)
            if header.subject.count >= 2, let last = header.subject.last, HeaderReader.isCapitals(last),
                !HeaderReader.isCapitals(header.subject[0])
            {
                header.subject.removeLast()  // the enacting authority
            }
            return end
        }
        var index = start
        while index < lines.count, header.subject.count < HeaderReader.maxSubjectLines {
            let line = lines[index]
            let text = line.text
            if endsHeader(text) { return index }
            let capitals = HeaderReader.isCapitals(text)
            if !header.subject.isEmpty, capitals, header.subject.first.map(HeaderReader.isCapitals) == false {
                return index + 1  // the enacting authority, in capitals under a subject that is not
            }
            if !header.subject.isEmpty, let previous = header.subject.last, previous.hasSuffix(".") || previous.hasSuffix(";") {
                return index
            }
            if let metrics, line.hasGeometry, !TitleBlock.looksSetApart(RawBlock(line), metrics) { return index }
            header.subject.append(text)
            index += 1
        }
        return index
    }

    /// In plain text a blank line parts the subject from the body: "THÔNG BÁO / Kết luận của
    /// Chủ tịch … / (blank) / Ngày 14/10/2026, đồng chí … chủ trì cuộc họp …" — the paragraph
    /// under the blank is the body's, though it opens with no word of `bodyOpeners`. A line
    /// that goes on in lower case is the subject's, wrapped; one in capitals is the enacting
    /// authority ("BỘ TRƯỞNG BỘ TÀI CHÍNH"), which the header still takes.
    private func startsParagraphAfterSubject(_ index: Int, from start: Int) -> Bool {
        let text = lines[index].text
        return index > start && lines[index].blankBefore && !Punctuation.startsLowercase(text) && !HeaderReader.isCapitals(text)
    }

    /// The body begins: grounds, a heading, an article, the decision's "QUYẾT ĐỊNH:".
    private func endsHeader(_ text: String) -> Bool {
        if HeaderReader.opensBody(text) { return true }
        if HeadingPattern(text) != nil || LegalHeading(text) != nil { return true }
        return text.hasSuffix(":") && HeaderReader.type(of: String(text.dropLast())) != nil
    }

    /// A sentence starting with a body opener. Compared by key, as OCR and restoration slip
    /// on tones ("Cán cử" for "Căn cứ"), but in sentence case: a subject line goes on in lower
    /// case ("thực hiện dự án…") and a title in capitals ("THEO HỢP ĐỒNG") is no opener.
    static func opensBody(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase,
            let second = text.dropFirst().first(where: \.isLetter), second.isLowercase
        else { return false }
        return DocumentVocabulary.bodyOpeners.contains { TextKey.hasPrefix(text, $0) }
    }

    /// The vocabulary's type the line is (OCR's tones forgiven), spelled as the vocabulary
    /// spells it: a scan's "NGHI QUYÉT" is "NGHỊ QUYẾT".
    static func type(of text: String) -> String? {
        guard text.count <= 30, isCapitals(text) else { return nil }
        let key = TextKey.of(text)
        return DocumentVocabulary.types.first { TextKey.of($0) == key }
    }

    /// A title in capitals that opens with its type, on the issuer's line or on its own:
    /// "UBND HUYỆN ĐỒNG XUÂN - BÁO CÁO CÔNG TÁC TIẾP CÔNG DÂN NĂM 2026", "BÁO CÁO CÔNG TÁC …
    /// CỦA BỘ NÔNG NGHIỆP". Not for the types that enact (`legalTypes`): a law's name follows
    /// its type on a line of its own, and the header reads it there.
    static func titleWithType(_ text: String) -> (issuer: String?, type: String, subject: String)? {
        var parts: [(issuer: String?, rest: Substring)] = [(nil, text[...])]
        for dash in issuerDashes {
            if let range = text.range(of: dash) {
                parts.append((String(text[..<range.lowerBound]), text[range.upperBound...]))
            }
        }
        for part in parts {
            let words = part.rest.split(separator: " ")
            for type in DocumentVocabulary.types where !DocumentVocabulary.legalTypes.contains(type) {
                let length = type.split(separator: " ").count
                guard words.count > length, TextKey.of(words.prefix(length).joined(separator: " ")) == TextKey.of(type) else { continue }
                return (part.issuer, type, words.dropFirst(length).joined(separator: " "))
            }
        }
        return nil
    }

    /// What parts an issuer from the title on one line.
    static let issuerDashes = [" - ", " – "]

    /// A line in capitals that names a period ("… QUÝ III NĂM 2026") is a title: bodies that
    /// issue documents are named without one.
    static func namesAPeriod(_ text: String) -> Bool {
        text.split(separator: " ").contains { word in
            word.count == 4 && word.allSatisfy(\.isNumber) && (word.hasPrefix("19") || word.hasPrefix("20"))
        }
    }

    /// Opens with a word a body that issues documents is named by (`issuingBodies`). Compared
    /// word for word with its tones, not by `TextKey`: without them "SỞ" would open "SỐ LIỆU …"
    /// and "BỘ" "BỐN …". "UỶ" is the other placement of "ỦY" ("UỶ BAN", "TỈNH UỶ").
    static func namesABody(_ text: String) -> Bool {
        let words = text.replacing("UỶ", with: "ỦY").split(separator: " ")
        return DocumentVocabulary.issuingBodies.contains { body in
            let bodyWords = body.split(separator: " ")
            return words.count >= bodyWords.count && zip(words, bodyWords).allSatisfy { $0 == $1 }
        }
    }

    /// Every letter a capital, and at least two letters.
    static func isCapitals(_ text: String) -> Bool {
        var letters = 0
        for character in text where character.isLetter {
            guard character.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// A gazette prints the issuer once more above the header: when the first lines read as
    /// the rest does, they are that caption.
    static func splitCaption(_ issuer: [(index: Int, text: String)]) -> (captions: [Int], issuer: [String]) {
        let texts = issuer.map(\.text)
        guard texts.count >= 2 else { return ([], texts) }
        for split in 1..<texts.count {
            let head = TextKey.of(texts[..<split].joined(separator: " "))
            let tail = TextKey.of(texts[split...].joined(separator: " "))
            if head == tail { return (issuer[..<split].map(\.index), Array(texts[split...])) }
        }
        return ([], texts)
    }
}
