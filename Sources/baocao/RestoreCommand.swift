import ArgumentParser
import Diacritics
import Foundation
import Ingest
import VietnameseText

extension RestoreMode: ExpressibleByArgument {
    public static var allValueDescriptions: [String: String] {
        [
            "auto": "decide line by line: stripped text restored, garbled OCR corrected, good text kept",
            "stripped": "the accents were removed: restore every word",
            "ocr": "OCR by a model that does not know Vietnamese (tesseract eng): correct garbled letters",
            "post": "good OCR or accented text: change a word only where the model is confident",
        ]
    }
}

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Restore Vietnamese diacritics in text files (or stdin) and print the result."
    )

    @Argument(help: "UTF-8 text files, pipes or - for stdin; stdin when none.")
    var files: [String] = []

    @Option(help: "What the text is.")
    var mode: RestoreMode = .auto

    @Option(help: "Language model file (default: Dictionaries/\(LanguageModel.defaultFileName)).")
    var model: String?

    @Option(help: "Hypotheses the decoder keeps per word (8 loses almost nothing against 16 and runs twice as fast).")
    var beam = 8

    func validate() throws {
        guard (1...64).contains(beam) else { throw ValidationError("--beam must be between 1 and 64") }
    }

    func run() throws {
        var restorer: Restorer
        do {
            let url = try model.map { URL(fileURLWithPath: $0) } ?? LanguageModel.locateDefault()
            restorer = Restorer.withOCRChannels(model: try LanguageModel.load(from: url),
                                                dictionaries: url.deletingLastPathComponent())
        } catch {
            Diagnostics.report(model ?? "model", error)
            throw ExitCode.failure
        }
        restorer.beamWidth = beam
        if files.isEmpty {
            let input = FileHandle.standardInput.readDataToEndOfFile()
            try emit(restorer.restore(Self.normalized(decoded(input, name: "stdin")), mode: mode))
            return
        }
        var failed = false
        for file in files {
            guard let data = Self.contents(of: file) else {
                Diagnostics.report(file, "cannot be read")
                failed = true
                continue
            }
            try emit(restorer.restore(Self.normalized(decoded(data, name: file)), mode: mode))
        }
        if failed { throw ExitCode.failure }
    }

    /// The text in NFC, syllables split by a text layer rejoined, but tone marks where the text
    /// put them: a word the restorer keeps stays as it was written ("hoá" and "hóa" are both
    /// right), and a word it changes is written in the one convention.
    private static func normalized(_ text: String) -> String {
        TextNormalizer.normalize(text, placingTones: false)
    }

    /// The bytes of a file, a pipe or standard input ("-").
    private static func contents(of file: String) -> Data? {
        if file == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
        defer { try? handle.close() }
        return try? handle.readToEnd() ?? Data()
    }

    /// Read as `extract` reads a text file: UTF-16, TCVN3 and VNI converted, with a notice.
    private func decoded(_ data: Data, name: String) -> String {
        let decoded = TextDecoder.decode(data)
        if let notice = decoded.decoding.notice { Diagnostics.notice(name, notice) }
        return decoded.text
    }

    private func emit(_ text: String) throws {
        do {
            try StandardStream.writeAll(Data(text.utf8), to: STDOUT_FILENO)
        } catch {
            Diagnostics.report("stdout", error)
            throw ExitCode.failure
        }
    }
}
