import BaocaoTestSupport
import Foundation
import Testing
@testable import Ingest

@Suite struct BadInputTests {
    private func openError(_ path: String, options: IngestOptions = IngestOptions()) -> IngestError? {
        do {
            _ = try InputOpener.open(path, options: options)
            return nil
        } catch {
            return error
        }
    }

    @Test func missingFile() {
        #expect(openError("/nonexistent/bao-cao.pdf") == .fileNotFound)
    }

    @Test func emptyFile() throws {
        #expect(openError(try Fixtures.temporaryFile("rong.pdf", Data())) == .emptyFile)
    }

    @Test func pdfNameWithoutPDFContent() throws {
        let path = try Fixtures.temporaryFile("gia.pdf", Data("Đây không phải là PDF".utf8))
        guard case .unreadable(let reason) = openError(path) else {
            Issue.record("expected an unreadable error")
            return
        }
        #expect(reason.contains("%PDF"))
    }

    @Test func truncatedPDF() throws {
        let whole = try Data(contentsOf: URL(fileURLWithPath: Fixtures.digitalPDF))
        let path = try Fixtures.temporaryFile("cut.pdf", whole.prefix(whole.count / 3))
        // poppler may rebuild a damaged file's cross-reference table; it must then either
        // refuse the file with a damaged-PDF error or yield pages without crashing.
        do {
            let reader = try InputOpener.open(path, options: IngestOptions())
            for index in 0..<reader.pageCount { _ = try? reader.read(page: index) }
        } catch {
            guard case .damagedPDF = error else {
                Issue.record("unexpected error \(error)")
                return
            }
        }
    }

    @Test func garbageAfterThePDFHeader() throws {
        var bytes = Data("%PDF-1.7\n".utf8)
        bytes.append(Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }))
        let path = try Fixtures.temporaryFile("hong.pdf", bytes)
        guard case .damagedPDF(let code, _) = openError(path) else {
            Issue.record("expected a damaged PDF error")
            return
        }
        #expect(code >= 0)
    }

    @Test func encryptedPDFNeedsItsPassword() throws {
        #expect(openError(Fixtures.fixture("encrypted.pdf")) == .encrypted(passwordGiven: false))
        #expect(openError(Fixtures.fixture("encrypted.pdf"), options: IngestOptions(password: "sai")) == .encrypted(passwordGiven: true))
        let reader = try InputOpener.open(Fixtures.fixture("encrypted.pdf"), options: IngestOptions(password: "mat-khau"))
        #expect(reader.pageCount == 4)
    }

    @Test func imageOverThePixelCap() {
        let error = openError(Fixtures.fixture("page.png"), options: IngestOptions(maxPixels: 100_000))
        guard case .imageTooLarge(let width, let height, let limit) = error else {
            Issue.record("expected imageTooLarge, got \(String(describing: error))")
            return
        }
        #expect(width * height > limit)
    }

    @Test func binaryFileIsNotText() throws {
        let path = try Fixtures.temporaryFile("data.bin", Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]))
        #expect(openError(path) == .unsupportedFormat)
    }

    @Test func messagesAreOneLine() {
        let errors: [IngestError] = [
            .fileNotFound, .emptyFile, .unsupportedFormat, .encrypted(passwordGiven: false),
            .damagedPDF(code: 1, message: "xref"), .noPages, .imageTooLarge(width: 1, height: 2, limit: 3),
        ]
        for error in errors {
            #expect(!error.description.contains("\n") && !error.description.isEmpty)
        }
    }
}
