import Foundation

/// `baocao lm build`: corpus files in, binary model out.
public struct ModelBuilder: Sendable {
    public struct Source: Sendable {
        public var url: URL
        /// Each token counts this many times (in-domain text weighs more).
        public var weight: UInt32
        /// Stop after this many lines (nil: whole file), to bound training time on huge files.
        public var lineLimit: Int?

        public init(url: URL, weight: UInt32 = 1, lineLimit: Int? = nil) {
            self.url = url
            self.weight = weight
            self.lineLimit = lineLimit
        }
    }

    public var order = 4
    public var minimumWordCount: UInt64 = 5
    public var maximumVocabulary = 400_000
    /// Most n-grams kept for orders 2, 3, 4.
    public var budgets = [4_000_000, 5_000_000, 3_000_000]

    public init() {}

    /// Builds the model; `progress` receives one line per stage.
    public func build(sources: [Source], output: URL, progress: (String) -> Void = { _ in }) throws {
        var encoder = CorpusEncoder()
        for source in sources {
            var lines = 0
            try CorpusReader(url: source.url).forEachLine { line in
                encoder.encode(line: line, weight: source.weight)
                lines += 1
                return source.lineLimit.map { lines < $0 } ?? true
            }
            encoder.closeRun(weight: source.weight)
            progress("\(source.url.lastPathComponent): \(lines) lines, \(encoder.tokenCount) tokens so far")
        }
        let vocabulary = Vocabulary(
            forms: encoder.forms, counts: encoder.formCounts,
            minimumCount: minimumWordCount, maximumSize: maximumVocabulary)
        progress("vocabulary: \(vocabulary.words.count) words from \(encoder.forms.count) raw forms")
        let counts = NGramCounts(encoder: encoder, vocabulary: vocabulary, order: order)
        progress("n-grams: " + counts.higher.enumerated().map { "order \($0.offset + 2): \($0.element.count)" }.joined(separator: ", "))
        var writer = ModelWriter()
        writer.budgets = budgets
        try writer.write(counts: counts, vocabulary: vocabulary, to: output)
        progress("wrote \(output.path)")
    }
}
