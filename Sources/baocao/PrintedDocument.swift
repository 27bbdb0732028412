import Archive
import ArgumentParser
import Foundation
import Ingest
import Locking
import Output
import Pipeline

/// `extract` without `--out`: one input, one format on standard output, so it pipes into
/// `jq`, `less` or a spreadsheet. Page text streams out page by page; the other formats are
/// printed once the document is read.
struct PrintedDocument {
    let extractor: Extractor
    let format: OutputFormat

    /// `path` is what is read, `name` what outputs and messages call it ("-" for stdin).
    func print(_ path: String, name: String, progress: BatchProgress) async throws {
        let input = BatchInput(path: name, outputName: name)
        let onPage: @Sendable (Int, Int) -> Void = { progress.handle(.page(input, done: $0, total: $1)) }
        let onNotice: @Sendable (String) -> Void = { progress.notice(name, $0) }
        // A named pipe or a device would block or never end: refused before it is opened
        // (a stream named on the command line was copied to a file first).
        try InputFile.requireRegularFile(path)
        // A workbook is bytes no terminal shows; a redirection or a pipe takes it.
        if format == .xlsx { try StandardStream.requireBinaryDestination(hint: "give --out DIR") }
        guard format != .txt else {
            let total = Locked(0)
            var done = 0
            for try await page in extractor.pages(of: path, onPageCount: { count in total.withLock { $0 = count } }, onNotice: onNotice) {
                done += 1
                onPage(done, total.withLock { $0 })
                FileHandle.standardOutput.write(Data(PageTextWriter.text(of: page).utf8))
            }
            return
        }
        let data = try await extractor.render(format, of: path, sourcePath: name, progress: onPage, onNotice: onNotice)
        FileHandle.standardOutput.write(data)
    }
}
