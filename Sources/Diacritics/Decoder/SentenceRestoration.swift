import VietnameseText

extension Restorer {
    /// A sentence whose slots are worked out, waiting to be decoded with others.
    struct PendingSentence {
        var slots: [BeamDecoder.Slot]
        /// Per slot: its piece, its candidate words (nil: kept as it is), which candidate is
        /// the token itself (-1: none; nil: compare the text), and the piece of the second half
        /// when the slot reads a syllable broken at a line end (`BrokenSyllable`).
        var words: [SlotWords]
    }

    typealias SlotWords = (piece: Int, words: [String]?, unchanged: Int?, secondHalf: Int?)

    /// Sentences decoded together (see `BeamDecoder`): enough to overlap their lookups.
    static let sentencesPerBatch = 8

    /// Works out the slots of each sentence of a paragraph and queues the sentences that
    /// have something to decide; full batches are decoded at once (`decode`). `treatments`
    /// holds the treatment of each scalar's line: a kept word is context for its neighbours.
    func restoreParagraph(pieces: [TextPiece], range: Range<Int>, scalars: [Unicode.Scalar],
                          treatments: LineTreatments.PerScalar, slots cache: inout SlotCache,
                          pending: inout [PendingSentence], decoding scratch: inout BeamDecoder.Scratch,
                          into replacements: inout [String?]) {
        var slots: [BeamDecoder.Slot] = []
        var slotWords: [SlotWords] = []
        func flush() {
            if slots.contains(where: { $0.ids.count > 1 }) {
                pending.append(PendingSentence(slots: slots, words: slotWords))
                if pending.count == Self.sentencesPerBatch {
                    decode(&pending, pieces: pieces, scalars: scalars, scratch: &scratch, into: &replacements)
                }
            }
            slots.removeAll(keepingCapacity: true)
            slotWords.removeAll(keepingCapacity: true)
        }
        var lastWasPunctuation = false
        // The last piece of a broken syllable read with its first half (`BrokenSyllable`).
        var readThrough = -1
        for index in range where index > readThrough {
            let piece = pieces[index]
            switch piece.kind {
            case .word:
                let treatment = treatments[piece.range.lowerBound]
                if treatment != .keep,
                   let second = BrokenSyllable.secondHalf(of: index, pieces: pieces, scalars: scalars, model: model,
                                                         garbled: treatment.readsOCR),
                   second < range.upperBound {
                    let joined = scalars[piece.range] + scalars[pieces[second].range]
                    let entry = slot(for: String(scalars: joined[...]), inCode: false, treatment: treatment, scalars: joined[...])
                    slots.append(entry.slot)
                    slotWords.append((index, entry.words, entry.unchanged, second))
                    readThrough = second
                    lastWasPunctuation = false
                    continue
                }
                let inCode = isInCode(index, pieces: pieces, scalars: scalars)
                let small = SentenceCapital.smallForm(of: index, pieces: pieces, scalars: scalars, treatment: treatment, model: model)
                let token = small?[...] ?? scalars[piece.range]
                let entry: SlotCache.Entry
                if let known = cache.entry(for: token, inCode: inCode, treatment: treatment) {
                    entry = known
                } else {
                    entry = slot(for: String(scalars: token), inCode: inCode, treatment: treatment, scalars: token)
                    cache.insert(entry, for: token, inCode: inCode, treatment: treatment)
                }
                slots.append(entry.slot)
                slotWords.append((index, entry.words, entry.unchanged, nil))
                lastWasPunctuation = false
            case .number:
                // An OCR channel may read a lone digit as a word ("6" for "ở"); see NumberReadings.
                let token = String(scalars: scalars[piece.range])
                let generator = generator(for: treatments[piece.range.lowerBound])
                let readings = (generator as? any NumberReadingGenerator)?.readings(ofNumber: token, model: model) ?? []
                if readings.isEmpty {
                    slots.append(BeamDecoder.Slot(ids: [LanguageModel.Reserved.number], channel: [0]))
                    slotWords.append((index, nil, nil, nil))
                } else {
                    let ids = readings.map { model.wordID($0.word) ?? LanguageModel.Reserved.number }
                    slots.append(BeamDecoder.Slot(ids: ids, channel: readings.map(\.channelLog10)))
                    slotWords.append((index, readings.map(\.word), nil, nil))
                }
                lastWasPunctuation = false
            case .punctuation:
                if !lastWasPunctuation && !slots.isEmpty {
                    slots.append(BeamDecoder.Slot(ids: [LanguageModel.Reserved.punctuation], channel: [0]))
                    slotWords.append((index, nil, nil, nil))
                    lastWasPunctuation = true
                }
            case .sentenceEnd, .paragraphBreak:
                flush()
                lastWasPunctuation = false
            case .space:
                break
            }
        }
        flush()
    }

    /// Decodes the queued sentences and records the new text of changed word pieces.
    func decode(_ pending: inout [PendingSentence], pieces: [TextPiece], scalars: [Unicode.Scalar],
                scratch: inout BeamDecoder.Scratch, into replacements: inout [String?]) {
        guard !pending.isEmpty else { return }
        var decoder = BeamDecoder(model: model)
        decoder.beamWidth = beamWidth
        let choices = decoder.decode(pending.map(\.slots), scratch: &scratch)
        for (sentence, chosen) in zip(pending, choices) {
            for (slotIndex, entry) in sentence.words.enumerated() {
                guard let words = entry.words else { continue }
                let original = scalars[pieces[entry.piece].range]
                let word = words[chosen[slotIndex]]
                let changed = entry.unchanged.map { $0 != chosen[slotIndex] }
                    ?? (WordForm.normalized(String(scalars: original)) != word)
                if changed, let second = entry.secondHalf {
                    let (head, tail) = BrokenSyllable.halves(of: word, firstCount: original.count)
                    replacements[entry.piece] = CasePattern.apply(from: original, to: head)
                    replacements[second] = CasePattern.apply(from: scalars[pieces[second].range], to: tail)
                } else if changed, DigitLedCase.readsLeadingDigit(original, as: word) {
                    let position = DigitLedCase.position(of: entry.piece, pieces: pieces, scalars: scalars)
                    replacements[entry.piece] = DigitLedCase.apply(from: original, to: word, position: position)
                } else if changed {
                    replacements[entry.piece] = CasePattern.apply(from: original, to: word)
                }
            }
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// The decoder's view of one word token: candidate ids with channel scores, and their words
    /// (nil when the token is kept as it is).
    private func slot(for token: String, inCode: Bool, treatment: LineTreatments.Treatment,
                      scalars: ArraySlice<Unicode.Scalar>) -> SlotCache.Entry {
        // A garbled line inside good text: only its broken words and lost marks are read again.
        let kept = treatment == .garbledWordsOnly
            && !KindEvidence.isBroken(scalars, model: model) && !KindEvidence.isBare(scalars, model: model)
        // Generators read the token with its tone where the convention puts it ("hoá" as
        // "hóa"): the channels learned from text written that way. Whether the chosen word is
        // the token itself is still decided on the token as written (see `decode`).
        let placed = VietnameseSyllable.normalizingTonePlacement(token)
        var candidates = kept ? [] : generator(for: treatment)?.scoredCandidates(for: placed, model: model) ?? []
        if inCode {
            candidates.removeAll { VietnameseSyllable.isValid(model.word($0.id)) }
        }
        if candidates.isEmpty {
            let known = model.wordID(WordForm.normalized(token)) ?? LanguageModel.Reserved.unknown
            return SlotCache.Entry(slot: BeamDecoder.Slot(ids: [known], channel: [0]), words: nil, unchanged: nil)
        }
        let words = candidates.map { $0.word ?? model.word($0.id) }
        let unchanged = words.firstIndex(of: WordForm.normalized(token)) ?? -1
        return SlotCache.Entry(slot: BeamDecoder.Slot(ids: candidates.map(\.id), channel: candidates.map(\.channelLog10)),
                               words: words, unchanged: unchanged)
    }

    /// An upper-case token glued to a slash, a hyphen or digits ("HU" in "22-QC/HU") belongs to
    /// a document code: an abbreviation may replace it ("QD" → "QĐ"), a syllable ("HƯ") may not.
    /// Two words joined by a slash are no code ("BAO/S6", a running head's "BÁO/SỐ"): each is
    /// read as a word.
    private func isInCode(_ index: Int, pieces: [TextPiece], scalars: [Unicode.Scalar]) -> Bool {
        let range = pieces[index].range
        guard range.count >= 2, scalars[range].allSatisfy(CasePattern.isUpper) else { return false }
        func glues(_ neighbour: Int, beyond: Int) -> Bool {
            guard pieces.indices.contains(neighbour) else { return false }
            let piece = pieces[neighbour]
            if piece.kind == .number { return true }
            guard piece.kind == .punctuation else { return false }
            let mark = scalars[piece.range.lowerBound]
            if mark == "/", isSlashJoinedWord(index, pieces: pieces, scalars: scalars),
               isSlashJoinedWord(beyond, pieces: pieces, scalars: scalars) {
                return false
            }
            return mark == "/" || mark == "-"
        }
        return glues(index - 1, beyond: index - 2) || glues(index + 1, beyond: index + 2)
    }

    /// A word piece the channel reads as a word beside a slash: it holds a vowel or a digit
    /// standing for a marked vowel ("S6"), and names no issuer of document codes ("TU", "HU").
    private func isSlashJoinedWord(_ index: Int, pieces: [TextPiece], scalars: [Unicode.Scalar]) -> Bool {
        guard pieces.indices.contains(index), pieces[index].kind == .word else { return false }
        let word = scalars[pieces[index].range]
        guard !OCRTokenGuard.codeIssuers.contains(String(scalars: word)) else { return false }
        return word.contains { scalar in
            ScalarClass.isDigit(scalar) || "aeiouy".unicodeScalars.contains(ChannelLetters.bare(scalar))
        }
    }
}
