import DocumentModel

/// One line of a page as the structure stages see it: normalised text plus the layout
/// facts the decisions need. Geometry is nil for plain text input.
struct WorkLine: Sendable, Hashable {
    var text: String
    /// Numbers set above the line, taken out of `text`, until the footnote stages settle them.
    var raised: [RaisedNumber] = []
    /// Footnote calls anchored in `text`.
    var calls: [Citation] = []
    var page: Int
    var box: Box?
    /// Font size (text layer) or estimated type size (OCR); nil for plain text.
    var size: Double?
    var bold: Bool
    var italic: Bool
    /// A blank line stood before this one (plain text input).
    var blankBefore: Bool
    /// Marked as a heading by converter markup (`## …`, a line all in `**…**`).
    var markedHeading: Bool
    /// Recognised by OCR: markers may be mangled, fonts are unknown.
    var ocr: Bool = false
    /// OCR read the first word together with a raised number above it: a tall first word
    /// standing higher than the rest of the line.
    var raisedStart: Bool = false
    /// A short horizontal rule stood just above (OCR reads the footnote separator as an
    /// empty, flat line).
    var ruleBefore: Bool = false
    /// The line stands for a table of the page (its text is empty): it is not text to flow.
    /// Held by reference: lines are copied at every step, and a table is large.
    var tableReference: TableReference?
    /// Where each character of the source line was printed; nil without geometry.
    var layout: TextLayout?

    var hasGeometry: Bool { box != nil }

    var table: PageTable? { tableReference?.table }

    /// The text and its calls.
    var cited: CitedText { CitedText(text: text, calls: calls) }

    /// The text and calls the output keeps where no raised number is anchored as a call.
    var rendered: CitedText { settled().cited }

    /// The raised numbers that were not anchored settled: a converter's reference mark is a
    /// call all the same; the others leave what the text keeps of them.
    func settled() -> WorkLine {
        guard !raised.isEmpty else { return self }
        var line = self
        var insertions: [(offset: Int, text: String)] = []
        for number in raised {
            if let leftover = number.leftover {
                insertions.append((number.offset, leftover))
            } else {
                line.insertCall(number.value, at: number.offset)
            }
        }
        line.raised = []
        let settled = CitedText.inserting(insertions, into: text, calls: line.calls)
        (line.text, line.calls) = (settled.text, settled.calls)
        return line
    }

    private mutating func insertCall(_ footnote: Int, at offset: Int) {
        calls.insert(Citation(footnote: footnote, offset: offset), at: calls.firstIndex { $0.offset > offset } ?? calls.count)
    }

    /// Anchors footnote `footnote` at `site`: a raised number becomes the call; a range of the
    /// text is taken out, with a space before it (the call sits on the word it follows).
    /// Returns where the call stands.
    mutating func anchor(_ footnote: Int, at site: CallSite) -> Int {
        let offset: Int
        switch site {
        case .raised(let index):
            offset = raised.remove(at: index).offset
        case .text(var range):
            if range.lowerBound > text.startIndex, text[text.index(before: range.lowerBound)] == " " {
                range = text.index(before: range.lowerBound)..<range.upperBound
            }
            offset = text.distance(from: text.startIndex, to: range.lowerBound)
            let length = text.distance(from: range.lowerBound, to: range.upperBound)
            text.removeSubrange(range)
            func moved(_ old: Int) -> Int { old >= offset + length ? old - length : min(old, offset) }
            for index in raised.indices { raised[index].offset = moved(raised[index].offset) }
            for index in calls.indices { calls[index].offset = moved(calls[index].offset) }
        }
        insertCall(footnote, at: offset)
        return offset
    }
}

/// Where a footnote call was found in a line.
enum CallSite: Equatable {
    /// One of the line's raised numbers, by index.
    case raised(Int)
    /// Characters of the text that extraction left where the raised number was ("thức5").
    case text(Range<String.Index>)
}

extension WorkLine {
    /// The stand-in line of a page table, at the place of its rows in the page's reading order.
    init(table: PageTable, page: Int, ocr: Bool) {
        self.init(
            text: "", page: page, box: table.plainText == true ? nil : table.box, size: nil, bold: false, italic: false, blankBefore: false,
            markedHeading: false, ocr: ocr, tableReference: TableReference(table))
    }
}
