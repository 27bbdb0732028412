import Foundation
import Ingest

/// Messages on stderr: one line per problem, `baocao: FILE: what is wrong`.
enum Diagnostics {
    static func report(_ file: String, _ error: any Error) {
        report(file, String(describing: error))
    }

    static func report(_ file: String, _ message: String) {
        write("baocao: \(file): \(message.replacingOccurrences(of: "\n", with: " "))\n")
    }

    /// Through the real stderr: while an image is decoded, descriptor 2 catches what the
    /// image libraries print (Ingest's `DecoderMessages`), and these lines must not go there.
    static func write(_ text: String) {
        FileHandle(fileDescriptor: DecoderMessages.standardError, closeOnDealloc: false).write(Data(text.utf8))
    }

    /// Progress lines only make sense on a terminal; redirected stderr stays clean.
    static var isTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
