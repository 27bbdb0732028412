import Foundation

/// What a document's child process tells its parent, one JSON line each on `ChildProcess.channel`.
package enum WorkerMessage: Codable, Sendable, Equatable {
    case page(done: Int, total: Int)
    /// A page is read (poppler and OCR are done with it); after the last one, only baocao's
    /// own stages are left, which are linear in the text, and the silence limit is lifted.
    case read(page: Int, total: Int)
    case done(pages: Int, files: [String], notices: [String])
    case failed(String)

    package var line: Data {
        var data = (try? JSONEncoder().encode(self)) ?? Data(#"{"failed":{"_0":"cannot encode"}}"#.utf8)
        data.append(0x0A)
        return data
    }

    package init?(line: String) {
        guard let message = try? JSONDecoder().decode(WorkerMessage.self, from: Data(line.utf8)) else { return nil }
        self = message
    }
}
