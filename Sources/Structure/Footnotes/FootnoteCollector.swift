import DocumentModel

/// Reads footnote bodies line by line, numbering them in sequence: a line opens a new
/// footnote when it starts with the next number (or, in OCR, with the mangled remains of
/// one after a finished footnote); every other footnote line continues the current one.
struct FootnoteCollector {
    private(set) var footnotes: [Footnote] = []
    /// For each footnote, how many body lines came before it: its call stands before that.
    private(set) var bodyLinesBefore: [Int] = []
    /// Body lines read so far; kept up to date by the separator.
    var bodyCount = 0
    /// A plain-text footnote paragraph is being read.
    private var textOpen = false

    /// The last footnote line read ran to the right margin.
    private var lastLineFull = false

    /// The last footnote stops mid-sentence or on a full line: the bottom of the next page
    /// may continue it.
    var isOpen: Bool { footnotes.last.map { !endsNote($0.text) || lastLineFull } ?? false }

    /// Open, and the page is the one after the last footnote line: a footnote goes on
    /// at the bottom of the next page only.
    func isOpen(onPage page: Int) -> Bool { isOpen && page == lastPage + 1 }

    /// The page of the last footnote line read.
    private var lastPage = 0
    var next: Int { (footnotes.last?.number ?? 0) + 1 }

    /// A line of a page's footnote area (layout input).
    /// `continuing`: the line may go on with the footnote before it (it is not the first
    /// line of a page's footnote area, or the last footnote was left open on the page before).
    mutating func addZoneLine(_ line: WorkLine, full: Bool, continuing: Bool) {
        defer {
            lastLineFull = full
            lastPage = line.page
            placeLast(line)
        }
        if let marker = LeadingMarker(line), isPlausible(marker) {
            start(marker.number, marker.rest, page: line.page)
        } else if continuing, let last = footnotes.last, !line.raisedStart,
            !(line.ocr && endsNote(last.text) && !lastLineFull && startsNewNote(line.text))
        {
            continueLast(with: line.rendered)
        } else {
            // A footnote that ended on a short line, followed by a line whose number OCR
            // turned into junk ("GNghị quyết").
            let rendered = line.rendered
            start(next, rendered.suffix(Self.strippingJunkMarker(rendered.text)), page: line.page)
        }
    }

    /// Plain text input: returns true when the line belongs to a footnote.
    mutating func continuesOrStarts(_ line: WorkLine) -> Bool {
        if let marker = LeadingMarker(line), isTextStart(marker, line) {
            start(marker.number, marker.rest, page: line.page)
            textOpen = true
            placeLast(line)
            return true
        }
        if line.blankBefore, let rest = Self.junkMarkedParagraph(line.rendered.text) {
            start(next, line.rendered.suffix(rest), page: line.page)
            textOpen = true
            placeLast(line)
            return true
        }
        if textOpen, !line.blankBefore, !footnotes.isEmpty {
            continueLast(with: line.rendered)
            placeLast(line)
            return true
        }
        textOpen = false
        return false
    }

    mutating func closeTextFootnote() { textOpen = false }

    private mutating func start(_ number: Int, _ text: CitedText, page: Int) {
        footnotes.append(Footnote(number: number, text: text.text, citations: text.calls, page: page))
        bodyLinesBefore.append(bodyCount)
    }

    /// The last footnote takes where `line` was printed.
    private mutating func placeLast(_ line: WorkLine) {
        guard !footnotes.isEmpty, line.hasGeometry else { return }
        footnotes[footnotes.count - 1].place(line.layout, box: line.box.map { PageBox(page: line.page, box: $0) })
    }

    private mutating func continueLast(with line: CitedText) {
        guard !footnotes.isEmpty else { return }
        footnotes[footnotes.count - 1].append(line)
    }

    private func isPlausible(_ marker: LeadingMarker) -> Bool {
        // An excerpt may start at any footnote number; after that the numbers run in sequence.
        if footnotes.isEmpty { return true }
        // "3 Thành phố" with a space is only taken for the very next number.
        guard marker.glued || marker.form == .explicit else { return marker.number == next }
        return marker.number == next || marker.number == next + 1 || (marker.form == .explicit && marker.number > next)
    }

    /// A marker opens a plain-text footnote when raised (`<sup>`, `¹`) at the start
    /// of a paragraph, or as the next number glued to the body ("3Thành phố").
    private func isTextStart(_ marker: LeadingMarker, _ line: WorkLine) -> Bool {
        switch marker.form {
        case .explicit:
            return line.blankBefore || textOpen || marker.number == next
        case .plain:
            guard marker.number == next, let first = line.text.dropFirst(String(marker.number).count).first else {
                return false
            }
            // "3Thành phố" anywhere; "3 Thành phố" only where it opens a paragraph.
            return first.isLetter || first == "“" || first == "\"" || line.blankBefore
        }
    }

    private func endsNote(_ text: String) -> Bool {
        guard let last = text.trimmingWhitespace().last else { return false }
        return ".;!?)”\"".contains(last)
    }

    /// A capital, or a mark standing where OCR lost the number; never a digit, since a
    /// footnote's own lines may start with one ("919/1247 người…").
    private func startsNewNote(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return first.isUppercase || (!first.isLetter && !first.isNumber && !"“\"(".contains(first))
    }

    /// A paragraph of raw OCR text opening with the mark OCR left for a raised number and
    /// a space: "! Nhiệm kỳ 2010-2015…", "® UBND tỉnh…". Returns the text after the mark.
    static func junkMarkedParagraph(_ text: String) -> String? {
        let characters = Array(text.prefix(3))
        guard characters.count == 3, "!%®’'“".contains(characters[0]), characters[1] == " ", characters[2].isUppercase
        else { return nil }
        return String(text.dropFirst(2))
    }

    /// "GNghị quyết" → "Nghị quyết", "’Kế hoạch" → "Kế hoạch": OCR read the raised number
    /// as a letter or a mark glued to the first word.
    static func strippingJunkMarker(_ text: String) -> String {
        var rest = Substring(text)
        while let first = rest.first, !first.isLetter, first != "“", first != "\"", first != "(" {
            rest = rest.dropFirst()
        }
        let chars = Array(rest.prefix(3))
        if chars.count == 3, chars[0].isUppercase, chars[1].isUppercase, chars[2].isLowercase {
            rest = rest.dropFirst()
        }
        return String(rest).trimmingWhitespace()
    }
}
