import Diacritics
import DocumentModel
import Foundation

/// How `extract` restores Vietnamese text (`--restore`).
public enum RestorePolicy: String, Sendable, CaseIterable {
    /// Per line, the restorer decides whether text is stripped, garbled or good, and leaves
    /// good text alone; pages OCR'd with the Vietnamese model get residual error correction.
    case auto
    /// Every page is restored for what it is: OCR with the Vietnamese model gets residual
    /// error correction (`post`), OCR with another model gets garbled-OCR correction (`ocr`),
    /// text layers and text files get `auto`.
    case on
    case off
}

/// Restores diacritics page by page as pages stream through, with the same `Restorer`
/// that `baocao restore` uses.
public struct RestoreStage: PageStage {
    let restorer: Restorer
    let policy: RestorePolicy
    let ocrIsVietnamese: Bool

    /// The stage for `policy`, or nil for `off`. Loads the shipped language model.
    public static func make(policy: RestorePolicy, ocrLanguage: String) throws -> RestoreStage? {
        guard policy != .off else { return nil }
        let url = try LanguageModel.locateDefault()
        let restorer = Restorer.withOCRChannels(
            model: try LanguageModel.load(from: url), dictionaries: url.deletingLastPathComponent())
        return RestoreStage(restorer: restorer, policy: policy, ocrIsVietnamese: ocrLanguage.hasPrefix("vie"))
    }

    /// A page the Vietnamese model read gets residual error correction under either policy:
    /// `post` changes a word only where the model is confident, and on the bench and our own
    /// scans it never made a page worse.
    func mode(for page: Page) -> RestoreMode {
        switch page.source {
        case .ocr where ocrIsVietnamese: return .post
        case .ocr: return policy == .on ? .ocr : .auto
        case .text: return .auto
        }
    }

    public func process(_ page: Page) -> Page {
        let original = page.lines.map(\.text)
        let joined = original.joined(separator: "\n")
        let text = restorer.restore(joined, mode: mode(for: page))
        // Most pages are good text that comes back as it went in: nothing to split or compare.
        guard text != joined else { return page }
        let restored = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The restorer keeps every line break; should that ever fail, the page stays as read.
        guard restored.count == original.count, restored != original else { return page }
        var page = page
        for index in page.lines.indices where restored[index] != original[index] {
            page.lines[index] = LineRewriter.rewrite(page.lines[index], as: restored[index])
        }
        return page
    }
}

/// Carries a restored line's text into its spans, so span texts keep adding up to the line.
enum LineRewriter {
    static func rewrite(_ line: Line, as text: String) -> Line {
        var rewritten = line
        rewritten.spans = spans(of: line, as: text)
        rewritten.text = text
        return rewritten
    }

    /// The line's spans carrying `text` in place of the line's own text.
    private static func spans(of line: Line, as text: String) -> [Span] {
        guard !line.spans.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        let lengths = line.spans.map { $0.text.unicodeScalars.count }
        var spans = line.spans
        // Diacritics change letters, not their number: slice the new text at the old span ends.
        if lengths.reduce(0, +) == scalars.count {
            var start = 0
            for (index, length) in lengths.enumerated() {
                spans[index].text = String(String.UnicodeScalarView(scalars[start..<(start + length)]))
                start += length
            }
            return spans
        }
        // OCR spans are words joined by single spaces.
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        if line.text == line.spans.map(\.text).joined(separator: " "), words.count == line.spans.count {
            for index in spans.indices { spans[index].text = String(words[index]) }
            return spans
        }
        // Otherwise one span carries the restored text over the line's whole extent.
        var merged = line.spans[0]
        merged.text = text
        merged.box = line.box
        return [merged]
    }
}
