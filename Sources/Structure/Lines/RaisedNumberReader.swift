import DocumentModel

/// Reads the raised numbers of a line once, where lines come in, into `RaisedNumber`s: a
/// converter's `<sup>3</sup>` and reference marks `[^3]`, `⁽³⁾`, superscript digits `³` and the
/// raised digit runs of a text layer. The text keeps none of them, nor the whitespace before them; an exponent after a unit
/// of length ("km<sup>2</sup>", a raised "2" after "m") stays in the text as "²".
enum RaisedNumberReader {
    /// A line as it comes in: text, and the digit runs a text layer set raised.
    enum Piece: Sendable, Hashable {
        case text(String)
        case raised(Int)
    }

    static func read(_ pieces: [Piece]) -> (text: String, raised: [RaisedNumber]) {
        var reader = Reading()
        for piece in pieces {
            switch piece {
            case .text(let text): reader.scan(text)
            case .raised(let value): reader.add(value, .layer)
            }
        }
        return (reader.text, reader.raised)
    }

    /// Where each raised number stands in `normalized`, the normalised form of `raw`: after as
    /// many visible characters as stood before it in `raw`. Normalisation changes spaces, drops
    /// soft hyphens and moves marks inside letters, never how many other characters there are.
    static func place(_ raised: [RaisedNumber], from raw: String, in normalized: String) -> [RaisedNumber] {
        guard !raised.isEmpty, raw != normalized else { return raised }
        let visibleBefore = visibleCounts(in: raw, at: raised.map(\.offset))
        var placed = raised
        var next = 0
        // Raised numbers standing before any visible character go first.
        while next < placed.count, visibleBefore[next] == 0 {
            placed[next].offset = 0
            next += 1
        }
        var visible = 0
        var offset = 0
        for character in normalized where next < placed.count {
            offset += 1
            guard isVisible(character) else { continue }
            visible += 1
            while next < placed.count, visibleBefore[next] == visible {
                placed[next].offset = offset
                next += 1
            }
        }
        while next < placed.count {
            placed[next].offset = offset
            next += 1
        }
        return placed
    }

    /// For each offset (ascending) into `text`, how many visible characters stand before it.
    private static func visibleCounts(in text: String, at offsets: [Int]) -> [Int] {
        var counts: [Int] = []
        var visible = 0
        var offset = 0
        var pending = offsets[...]
        for character in text {
            while let next = pending.first, next <= offset {
                counts.append(visible)
                pending = pending.dropFirst()
            }
            if isVisible(character) { visible += 1 }
            offset += 1
        }
        counts += pending.map { _ in visible }
        return counts
    }

    private static func isVisible(_ character: Character) -> Bool {
        !character.isWhitespace && character != "\u{00AD}"
    }

    /// The text read so far and the raised numbers taken out of it.
    private struct Reading {
        var text = ""
        var raised: [RaisedNumber] = []

        mutating func add(_ value: Int, _ form: RaisedNumber.Form) {
            if form != .parenthesised, form != .reference, value == 2 || value == 3, ReferenceForms.isExponent(text, before: text.endIndex, value) {
                append(Character(Superscript.write(value)))
                return
            }
            var spaced = false
            while let last = text.last, last.isWhitespace {
                text.removeLast()
                spaced = true
            }
            raised.append(RaisedNumber(value: value, form: form, offset: text.count, spaced: spaced))
        }

        mutating func append(_ character: Character) {
            text.append(character)
        }

        mutating func scan(_ piece: String) {
            // Most lines hold no marker at all.
            guard piece.unicodeScalars.contains(where: { $0 == "<" || $0 == "^" || $0 == "⁽" || Superscript.isDigit($0) }) else {
                text += piece
                return
            }
            var index = piece.startIndex
            while index < piece.endIndex {
                let rest = piece[index...]
                if rest.hasPrefix("<sup>"), let close = rest.range(of: "</sup>") {
                    // Whatever else a tag holds is markup and goes.
                    let inner = rest[rest.index(rest.startIndex, offsetBy: 5)..<close.lowerBound]
                    if !inner.isEmpty, inner.allSatisfy(\.isASCIIDigit), let value = Int(inner) { add(value, .tag) }
                    index = close.upperBound
                } else if let (value, length) = FootnoteReference.mark(atStartOf: rest) {
                    add(value, .reference)
                    index = piece.index(index, offsetBy: length)
                } else if rest.first == "⁽", let (value, length) = superscriptNumber(rest.dropFirst()),
                    rest.dropFirst(1 + length).first == "⁾"
                {
                    add(value, .parenthesised)
                    index = piece.index(index, offsetBy: length + 2)
                } else if let (value, length) = superscriptNumber(rest) {
                    // Digits after a leading zero are not a number anyone raises: text.
                    if rest.first == "⁰", length > 1 { rest.prefix(length).forEach { append($0) } } else { add(value, .superscript) }
                    index = piece.index(index, offsetBy: length)
                } else {
                    append(rest[index])
                    index = piece.index(after: index)
                }
            }
        }

        /// The number the superscript digits at the start of `text` write, and how many there are.
        private func superscriptNumber(_ text: Substring) -> (Int, Int)? {
            let digits = text.prefix { Superscript.digitValue($0) != nil }
            guard !digits.isEmpty, digits.count <= 18 else { return nil }
            return (digits.reduce(0) { $0 * 10 + (Superscript.digitValue($1) ?? 0) }, digits.count)
        }
    }
}
