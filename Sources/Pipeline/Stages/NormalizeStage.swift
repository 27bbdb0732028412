import DocumentModel
import VietnameseText

/// The first page stage, always on (with `--restore off` too): every line's words in the one
/// normal form (`TextNormalizer`), so that every output and every later stage, the restorer
/// included, reads the same words. Spans are rewritten with their line.
public struct NormalizeStage: PageStage {
    public init() {}

    public func process(_ page: Page) -> Page {
        var page = page
        for index in page.lines.indices {
            let line = page.lines[index]
            let text = TextNormalizer.normalize(GluedRuns.text(of: line))
            if text != line.text { page.lines[index] = LineRewriter.rewrite(line, as: text) }
        }
        return page
    }
}
