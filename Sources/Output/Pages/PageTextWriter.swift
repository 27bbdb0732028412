import DocumentModel

/// `txt`: the text of each page in reading order, every page ended by a form feed — the
/// form `pdftotext` gives and the benchmark's page-aligned scorer reads.
public enum PageTextWriter {
    public static func text(of pages: [Page]) -> String {
        var out = ""
        for page in pages {
            out += text(of: page)
        }
        return out
    }

    public static func text(of page: Page) -> String {
        var out = ""
        for line in page.lines {
            out += line.text
            out += "\n"
        }
        out += "\u{0C}"
        return out
    }
}
