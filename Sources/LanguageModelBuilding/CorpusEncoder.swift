import Diacritics

/// First pass of model building: turns corpus lines into a stream of provisional ids (one per
/// distinct raw word form), counting each form. Lowercasing, NFC and tone placement are
/// applied later, once per distinct form, which is far cheaper than once per token.
struct CorpusEncoder {
    /// Provisional ids; the reserved ones match `LanguageModel.Reserved`.
    private(set) var formIDs: [String: UInt32] = [:]
    private(set) var forms: [String] = ["<unk>", "<s>", "</s>", "<num>", "<p>"]
    private(set) var formCounts: [UInt64] = [0, 0, 0, 0, 0]
    /// Sentences separated by `Reserved.sentenceStart`; each run carries its weight.
    private(set) var stream: [UInt32] = []
    private(set) var runs: [(end: Int, weight: UInt32)] = []
    private(set) var tokenCount = 0

    init() {
        formIDs.reserveCapacity(1 << 21)
    }

    mutating func encode(line: String, weight: UInt32) {
        let scalars = Array(line.unicodeScalars)
        var sentenceOpen = false
        var lastWasPunctuation = false
        func open() {
            if !sentenceOpen {
                stream.append(LanguageModel.Reserved.sentenceStart)
                sentenceOpen = true
                lastWasPunctuation = false
            }
        }
        for piece in TextPieces.split(scalars) {
            switch piece.kind {
            case .word:
                open()
                let form = String(scalars: scalars[piece.range])
                stream.append(id(of: form, weight: weight))
                lastWasPunctuation = false
            case .number:
                open()
                stream.append(LanguageModel.Reserved.number)
                lastWasPunctuation = false
            case .punctuation:
                if sentenceOpen && !lastWasPunctuation {
                    stream.append(LanguageModel.Reserved.punctuation)
                    lastWasPunctuation = true
                }
            case .sentenceEnd, .paragraphBreak:
                sentenceOpen = false
            case .space:
                break
            }
        }
        tokenCount = stream.count
    }

    /// Closes the run of sentences encoded since the last call, all with `weight`.
    mutating func closeRun(weight: UInt32) {
        runs.append((end: stream.count, weight: weight))
    }

    private mutating func id(of form: String, weight: UInt32) -> UInt32 {
        if let id = formIDs[form] {
            formCounts[Int(id)] += UInt64(weight)
            return id
        }
        let id = UInt32(forms.count)
        formIDs[form] = id
        forms.append(form)
        formCounts.append(UInt64(weight))
        return id
    }
}
