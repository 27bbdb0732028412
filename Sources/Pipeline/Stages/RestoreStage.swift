import Diacritics
import DocumentModel
import Foundation

/// Restores diacritics page by page as pages stream through, with the same `Restorer`
/// that `baocao restore` uses.
public struct RestoreStage: PageStage {
    let restorer: Restorer
    let policy: RestorePolicy
    let ocrIsVietnamese: Bool

    /// The stage for `policy`, or nil for `off`. Loads `model` (the OCR channel tables are
    /// read from its folder), by default the shipped language model.
    public static func make(policy: RestorePolicy, ocrLanguage: String, model: URL? = nil) throws -> RestoreStage? {
        guard policy != .off else { return nil }
        let url = try model ?? LanguageModel.locateDefault()
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
        var page = page
        let mode = mode(for: page)
        if let restored = restore(page.lines.map(\.text), mode: mode) {
            for index in page.lines.indices where restored[index] != page.lines[index].text {
                let original = page.lines[index].text
                page.lines[index] = LineRewriter.rewrite(page.lines[index], as: restored[index])
                page.lines[index].beforeRestoration = original
            }
        }
        // A table's cells, each a line of its own, the way the page's lines are.
        if let tables = page.tables {
            page.tables = tables.map { table in
                var table = table
                if let restored = restore(table.cells.map(\.text), mode: mode) {
                    for index in table.cells.indices { table.cells[index].text = restored[index] }
                }
                return table
            }
        }
        return page
    }

    /// The lines restored, nil when they come back as they went in.
    private func restore(_ original: [String], mode: RestoreMode) -> [String]? {
        let joined = original.joined(separator: "\n")
        let text = restorer.restore(joined, mode: mode)
        // Most pages are good text that comes back as it went in: nothing to split or compare.
        guard text != joined else { return nil }
        let restored = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The restorer keeps every line break; should that ever fail, the text stays as read.
        guard restored.count == original.count, restored != original else { return nil }
        return restored
    }
}
