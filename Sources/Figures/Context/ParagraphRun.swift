import DocumentModel

/// Paragraphs that a page split at every sentence, read as the paragraph they were. Many news
/// sites put every sentence in a paragraph of its own, and some converters break at every full
/// stop; what a paragraph scopes — reception, voters, the type and verb its first sentence
/// named, the heads a breakdown adds up to — then no longer reaches its later sentences.
///
/// Two reaches. A run of one-sentence paragraphs with nothing between (no heading, table, item
/// or question) is loose: a breakdown label may add up to a head anywhere in it, as it may in
/// one paragraph, since the sum says which head it breaks down. A paragraph of the run that
/// opens as the rest of a sentence before it ("Trong đó …", "Cụ thể …", "Còn lại …", "Số này
/// …", a bare count "312 phản ánh …", "Có 6 vụ việc …") continues it, and reads everything of
/// it as one paragraph. A paragraph with a subject of its own starts anew, as does any
/// paragraph after one of several sentences: that break is the writer's.
struct ParagraphRun: Sendable {
    /// The block is a one-sentence paragraph after another, nothing between.
    var loose: Bool
    /// The block goes on the paragraph before it as part of one paragraph.
    var continues: Bool
    /// The text of the paragraphs the block continues or is continued by, to read what they
    /// speak of as a whole.
    var text: String

    /// The run of each block, given the sentences each holds.
    static func runs(of blocks: [Block], sentences: [[Sentence]]) -> [ParagraphRun] {
        var runs = blocks.indices.map { index in
            let loose = index > 0 && isLoose(blocks[index], sentences[index], after: blocks[index - 1], sentences[index - 1])
            return ParagraphRun(loose: loose, continues: loose && opensAsContinuation(blocks[index].text), text: "")
        }
        // A paragraph speaks as a whole: every block of a continued run reads all its text.
        var index = 0
        while index < blocks.count {
            var end = index + 1
            while end < blocks.count, runs[end].continues { end += 1 }
            let text = blocks[index..<end].map(\.text).joined(separator: " ")
            for member in index..<end { runs[member].text = text }
            index = end
        }
        return runs
    }

    /// A paragraph of one sentence after a paragraph of one sentence, nothing between.
    static func isLoose(_ block: Block, _ sentences: [Sentence], after previous: Block, _ previousSentences: [Sentence]) -> Bool {
        guard block.kind == .paragraph, previous.kind == .paragraph else { return false }
        guard sentences.count == sentencesOfASplitParagraph, previousSentences.count == sentencesOfASplitParagraph else { return false }
        return !ParagraphHeads.asksAnew(previous.text) && !ParagraphHeads.asksAnew(block.text)
    }

    /// The paragraph opens with no subject of its own: a word that goes on what was said
    /// ("Trong đó", "Cụ thể", "Còn lại", "Số này"), a bare count ("312 phản ánh đang xử lý"), or
    /// "Có" and a count ("Có 6 vụ việc khiếu nại").
    static func opensAsContinuation(_ paragraph: String) -> Bool {
        let words = paragraph.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ":" }).prefix(4)
            .map { LoweredText(lowering: String($0)).text }
        guard let first = words.first else { return false }
        if first.first?.isNumber == true { return true }
        if first == existential, words.count > 1, words[1].first?.isNumber == true { return true }
        return continuationOpeners.contains { words.starts(with: $0) }
    }

    /// How many sentences a paragraph of a page split at every sentence holds.
    static let sentencesOfASplitParagraph = 1
    /// "Có" before a count opens a sentence that counts what the one before spoke of.
    static let existential = "có"
    /// First words of a sentence that goes on the one before it.
    static let continuationOpeners: [[String]] = [
        ["trong", "đó"], ["trong", "số", "đó"], ["trong", "số", "này"], ["cụ", "thể"], ["còn", "lại"],
        ["số", "còn", "lại"], ["số", "này"], ["số", "đó"],
    ]
}
