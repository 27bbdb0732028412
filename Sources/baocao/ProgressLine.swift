import Pipeline

/// `[2/5] report.pdf: page 14/60` on a terminal, redrawn in place; nothing otherwise.
struct ProgressLine: Sendable {
    let input: String
    let index: Int
    let count: Int
    let enabled = Diagnostics.isTerminal

    init(input: String, index: Int, of count: Int) {
        self.input = input
        self.index = index
        self.count = count
    }

    var update: @Sendable (Int, Int) -> Void {
        let prefix = "[\(index)/\(count)] \(input)"
        let enabled = enabled
        return { page, total in
            guard enabled else { return }
            Diagnostics.write("\r\u{1B}[K\(prefix): page \(page)/\(total)")
        }
    }

    func finish(_ result: ExtractionResult) {
        guard enabled else { return }
        Diagnostics.write("\r\u{1B}[K[\(index)/\(count)] \(input): \(result.pages) pages (\(result.ocrPages) OCR)\n")
    }

    static func clear() {
        if Diagnostics.isTerminal { Diagnostics.write("\r\u{1B}[K") }
    }
}
