import CZlib
import Foundation

/// Reads a corpus file line by line, gunzipping through zlib when the name ends in .gz
/// (zlib's gzread also passes plain files through unchanged).
struct CorpusReader {
    let url: URL

    enum Failure: Error, CustomStringConvertible {
        case cannotOpen(String)
        case corrupt(String)

        var description: String {
            switch self {
            case .cannotOpen(let path): "\(path): cannot be opened"
            case .corrupt(let path): "\(path): gzip data is corrupt"
            }
        }
    }

    /// Calls `body` with each line (without its newline) until it returns false or the file ends.
    func forEachLine(_ body: (String) -> Bool) throws {
        guard let file = gzopen(url.path, "rb") else { throw Failure.cannotOpen(url.path) }
        defer { gzclose(file) }
        gzbuffer(file, 1 << 20)
        let chunkSize = 1 << 20
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var pending: [UInt8] = []
        while true {
            let read = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32(chunkSize)) }
            if read < 0 { throw Failure.corrupt(url.path) }
            if read == 0 { break }
            var lineStart = 0
            for index in 0..<Int(read) where chunk[index] == 0x0A {
                let line: String
                if pending.isEmpty {
                    line = String(decoding: chunk[lineStart..<index], as: UTF8.self)
                } else {
                    pending.append(contentsOf: chunk[lineStart..<index])
                    line = String(decoding: pending, as: UTF8.self)
                    pending.removeAll(keepingCapacity: true)
                }
                if !body(line) { return }
                lineStart = index + 1
            }
            pending.append(contentsOf: chunk[lineStart..<Int(read)])
        }
        if !pending.isEmpty { _ = body(String(decoding: pending, as: UTF8.self)) }
    }
}
