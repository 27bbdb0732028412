import Archive
import Foundation
import Locking
import Pipeline

/// Batch progress on stderr: on a terminal a line redrawn in place (documents, pages,
/// pages/s, ETA; for a run of one document its pages done of its total, and the ETA from
/// them); otherwise nothing until one summary line at the end.
final class BatchProgress: Sendable {
    private let total: Int
    private let live: Bool
    private let start = Date()
    /// Also held while a line is written, so lines from two documents never interleave.
    private let counts = Locked(Counts())

    private struct Counts {
        var finished = 0
        var pages = 0
        var pagesOfRunning: [String: Int] = [:]
        /// The page count of the documents running, once each is open.
        var totalOfRunning: [String: Int] = [:]
    }

    init(total: Int, quiet: Bool) {
        self.total = total
        live = !quiet && Diagnostics.isTerminal
    }

    func handle(_ event: BatchEvent) {
        counts.withLock { counts in
            switch event {
            case .page(let input, let done, let total):
                counts.pagesOfRunning[input.path] = done
                counts.totalOfRunning[input.path] = total
            case .finished(let input, let result):
                if live && !result.notices.isEmpty { Diagnostics.write("\r\u{1B}[K") }
                for notice in result.notices { Diagnostics.notice(input.path, notice) }
                counts.pagesOfRunning[input.path] = nil
                counts.totalOfRunning[input.path] = nil
                counts.pages += result.pages
                counts.finished += 1
            case .skippedFault(let input, let reason):
                if live { Diagnostics.write("\r\u{1B}[K") }
                Diagnostics.notice(input.path, "skipped, it failed the last run (\(reason)); --retry-failed runs it again")
                counts.finished += 1
            case .skipped, .failed:
                if case .failed(let input, let error) = event {
                    counts.pagesOfRunning[input.path] = nil
                    if live { Diagnostics.write("\r\u{1B}[K") }
                    Diagnostics.report(input.path, error)
                }
                counts.finished += 1
            case .unrecorded(let input, let error):
                if live { Diagnostics.write("\r\u{1B}[K") }
                Diagnostics.report(error.path, "cannot record \(input.path): \(error.reason)")
            }
            if live { Diagnostics.write("\r\u{1B}[K" + line(counts)) }
        }
    }

    /// A message about `file` while the line may be drawn: the line is cleared first and
    /// redrawn after, so the message stands on a line of its own.
    func report(_ file: String, _ message: String) {
        overLine { Diagnostics.report(file, message) }
    }

    /// A notice (no failure) printed over the progress line.
    func notice(_ file: String, _ message: String) {
        overLine { Diagnostics.notice(file, message) }
    }

    /// Writes a message where the progress line stands, then draws the line again below it.
    private func overLine(_ message: () -> Void) {
        counts.withLock { counts in
            if live { Diagnostics.write("\r\u{1B}[K") }
            message()
            if live { Diagnostics.write(line(counts)) }
        }
    }

    /// Clears the line (a run printing its document on stdout writes no summary).
    func clear() {
        if live { Diagnostics.write("\r\u{1B}[K") }
    }

    private func line(_ counts: Counts) -> String {
        let finished = counts.finished
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        if total == 1, let (done, pages) = counts.pagesOfRunning.first.map({ ($0.value, counts.totalOfRunning[$0.key] ?? 0) }),
            pages > 0
        {
            return documentLine(done: done, of: pages, elapsed: elapsed)
        }
        let allPages = counts.pages + counts.pagesOfRunning.values.reduce(0, +)
        let rate = Double(allPages) / elapsed
        var text = "\(finished)/\(total) documents, \(allPages) pages, \(String(format: "%.1f", rate)) pages/s"
        if finished > 0 && finished < total {
            let eta = elapsed / Double(finished) * Double(total - finished)
            text += ", ETA " + Self.duration(eta)
        }
        return text
    }

    /// One long document: "page 12/240, 1.8 pages/s, ETA 2m06s".
    private func documentLine(done: Int, of pages: Int, elapsed: Double) -> String {
        let rate = Double(done) / elapsed
        var text = "page \(done)/\(pages), \(String(format: "%.1f", rate)) pages/s"
        if done > 0 && done < pages { text += ", ETA " + Self.duration(elapsed / Double(done) * Double(pages - done)) }
        return text
    }

    static func duration(_ seconds: Double) -> String {
        "\(Int(seconds) / 60)m\(String(format: "%02d", Int(seconds) % 60))s"
    }

    func finish(_ summary: BatchSummary, quiet: Bool) {
        if live { Diagnostics.write("\r\u{1B}[K") }
        guard !quiet else { return }
        let rate = Double(summary.pages) / max(summary.seconds, 0.001)
        Diagnostics.write(
            "baocao: \(summary.documents) documents: \(summary.done) done, \(summary.skipped) already done, "
                + "\(summary.failed) failed\(faults(summary))\(unrecorded(summary)); \(summary.pages) pages in \(String(format: "%.1f", summary.seconds)) s "
                + "(\(String(format: "%.2f", rate)) pages/s)\n")
    }

    private func faults(_ summary: BatchSummary) -> String {
        summary.skippedFaults > 0 ? ", \(summary.skippedFaults) skipped (crashed or hung before)" : ""
    }

    private func unrecorded(_ summary: BatchSummary) -> String {
        summary.unrecorded > 0 ? ", \(summary.unrecorded) not recorded in the manifest" : ""
    }
}
