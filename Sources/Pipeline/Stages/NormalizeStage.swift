import DocumentModel
import VietnameseText

/// The first page stage, always on (with `--restore off` too): every line's words in the one
/// normal form (`TextNormalizer`: NFC, split syllables joined; tone marks where the document
/// put them), so that every output and every later stage, the restorer included, reads the
/// same words. Spans are rewritten with their line; table cells too.
public struct NormalizeStage: PageStage {
    public init() {}

    public func process(_ page: Page) -> Page {
        var page = page
        for index in page.lines.indices {
            let line = page.lines[index]
            let text = TextNormalizer.normalize(GluedRuns.text(of: line))
            if text != line.text { page.lines[index] = LineRewriter.rewrite(line, as: text) }
        }
        // A table's cells are read by Structure and Figures as they are: the same words.
        page.tables = page.tables?.map { table in
            var table = table
            for index in table.cells.indices { table.cells[index].text = TextNormalizer.normalize(table.cells[index].text) }
            return table
        }
        return page
    }
}
