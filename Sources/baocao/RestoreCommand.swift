import ArgumentParser
import Diacritics
import Foundation
import Ingest
import Pipeline
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
            try emit(restorer.restore(TextNormalizer.normalize(decoded(input, name: "stdin")), mode: mode))
            return
        }
        var failed = false
        for file in files {
            let data: Data
            switch Self.contents(of: file) {
            case .success(let read): data = read
            case .failure(let problem):
                Diagnostics.report(file, problem.message)
                failed = true
                continue
            }
            try emit(restorer.restore(TextNormalizer.normalize(decoded(data, name: file)), mode: mode))
        }
        if failed { throw ExitCode.failure }
    }

    /// Why a file is not restored, in the words `extract` uses for the same file.
    private struct Unreadable: Error {
        let message: String
    }

    /// The bytes of a file, a pipe or standard input ("-"). A regular file is looked at as
    /// `extract` looks at it first: a PDF or a picture is refused (its bytes restored as text
    /// came out as pages of junk with exit 0), as are a directory and a missing file, each with
    /// its reason. A pipe is not looked into: that would consume what it gives.
    private static func contents(of file: String) -> Result<Data, Unreadable> {
        if file == "-" { return .success(FileHandle.standardInput.readDataToEndOfFile()) }
        var status = stat()
        if stat(file, &status) != 0 || (status.st_mode & S_IFMT) == S_IFREG || (status.st_mode & S_IFMT) == S_IFDIR {
            do {
                switch try InputOpener.detect(file) {
                case .pdf: return .failure(Unreadable(message: "a PDF: restore reads text; `baocao extract` reads PDFs and restores their text"))
                case .image: return .failure(Unreadable(message: "a picture: restore reads text; `baocao extract` reads pictures by OCR and restores their text"))
                case .text: break
                }
            } catch .emptyFile {
                return .success(Data())
            } catch {
                return .failure(Unreadable(message: DocumentFailure.line(for: error)))
            }
        }
        guard let handle = FileHandle(forReadingAtPath: file) else { return .failure(Unreadable(message: "permission denied")) }
        defer { try? handle.close() }
        do { return .success(try handle.readToEnd() ?? Data()) } catch {
            return .failure(Unreadable(message: DocumentFailure.line(for: error)))
        }
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
