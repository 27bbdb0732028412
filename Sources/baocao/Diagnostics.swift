import Foundation
import Ingest
import Pipeline

/// Messages on stderr: one line per problem, `baocao: FILE: what is wrong`; a notice, which
/// is no failure, reads `baocao: note: FILE: what happened`, so scripts can tell them apart.
enum Diagnostics {
    static func report(_ file: String, _ error: any Error) {
        report(file, DocumentFailure.line(for: error))
    }

    static func report(_ file: String, _ message: String) {
        write("baocao: \(printable(file)): \(oneLine(message))\n")
    }

    static func notice(_ file: String, _ message: String) {
        write("baocao: note: \(printable(file)): \(oneLine(message))\n")
    }

    /// A file name may hold a line break (which would forge a line of its own) or an escape
    /// sequence (which the terminal would obey): control characters are shown as escapes,
    /// and a backslash doubled so an escape cannot be forged either.
    static func printable(_ text: String, keepingBackslashes: Bool = false) -> String {
        var shown = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x5C where !keepingBackslashes: shown += "\\\\"
            case 0x0A: shown += "\\n"
            case 0x0D: shown += "\\r"
            case 0x09: shown += "\\t"
            case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029:
                shown += "\\u{\(String(scalar.value, radix: 16))}"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// A message is ours: its line breaks become spaces; what it quotes is escaped as names are.
    static func oneLine(_ message: String) -> String {
        printable(message.replacingOccurrences(of: "\n", with: " "), keepingBackslashes: true)
    }

    /// Through the real stderr: while an image is decoded, descriptor 2 catches what the
    /// image libraries print (Ingest's `DecoderMessages`), and these lines must not go there.
    static func write(_ text: String) {
        // Not FileHandle.write, which traps when the write fails (a closed or full stderr).
        StandardStream.write(Data(text.utf8), to: DecoderMessages.standardError)
    }

    /// Progress lines only make sense on a terminal; redirected stderr stays clean.
    static var isTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
