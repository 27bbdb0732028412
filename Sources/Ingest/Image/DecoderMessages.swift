import Foundation
import Locking

#if canImport(Glibc)
import Glibc
#endif

/// libpng and libjpeg, under leptonica, print their complaints about a broken file straight
/// to file descriptor 2 ("libpng error: Read Error", "Premature end of JPEG file"), where
/// they would appear as lines naming no file among baocao's own. While leptonica reads,
/// descriptor 2 points at a private unlinked temporary file instead, and what was printed
/// there becomes part of the one-line error. baocao's own messages are written to
/// `standardError`, a copy of the real stderr taken before any capture, so none of them is
/// ever caught in one.
public enum DecoderMessages {
    /// The process's real stderr, whatever descriptor 2 points at for the moment.
    public static let standardError: Int32 = {
        let copy = dup(STDERR_FILENO)
        return copy >= 0 ? copy : STDERR_FILENO
    }()

    /// Where descriptor 2 points during a capture; -1 if no temporary file could be made
    /// (the messages then reach stderr as before). One capture at a time holds it.
    private static let sink: Locked<Int32> = Locked({
        guard let file = tmpfile() else { return -1 }
        defer { fclose(file) }
        return dup(fileno(file))
    }())

    /// Runs `body` with descriptor 2 caught; returns its result and what the libraries
    /// printed, as one line ("" when nothing).
    static func capturing<Result>(_ body: () -> Result) -> (Result, String) {
        sink.withLock { sink in
            let original = standardError
            guard sink >= 0, ftruncate(sink, 0) == 0, lseek(sink, 0, SEEK_SET) == 0, dup2(sink, STDERR_FILENO) >= 0
            else {
                return (body(), "")
            }
            let result = body()
            dup2(original, STDERR_FILENO)
            var bytes = [UInt8](repeating: 0, count: 1024)
            let count = pread(sink, &bytes, bytes.count, 0)
            let text = String(decoding: bytes.prefix(max(0, count)), as: UTF8.self)
            let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            return (result, lines.filter { !$0.isEmpty }.joined(separator: "; "))
        }
    }
}
