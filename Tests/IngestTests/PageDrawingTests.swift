import BaocaoTestSupport
import Foundation
import Testing
@testable import Ingest

/// Rules read from a page's content stream, as the table finder reads them instead of
/// rendering the page.
@Suite struct PageDrawingTests {
    /// Operators after an inline image's binary data are read again; text and its strings
    /// draw no rule.
    @Test func inlineImagesAndTextArePassedOver() throws {
        let path = try Fixtures.temporaryFile("table.pdf", TablePDF.data)
        let objects = try #require(PDFObjects(path: path))
        let content = Array("BT (a (nested) string) Tj ET q BI /W 2 /H 1 /BPC 8 /CS /G ID ".utf8) + [0xFF, 0x28, 0x00]
            + Array(" EI Q 0 0 0 RG 10 800 m 210 800 l S".utf8)
        var painter = ContentPainter(objects: objects, originX: 0, top: 842)
        painter.run(content, resources: [:], state: GraphicsState(), depth: 0)
        #expect(painter.rules.map { [$0.position, $0.start, $0.end] } == [[42, 10, 210]])
    }

    /// The lexer reads a number off its digits as the standard library reads its text ("1e2"
    /// too), tells a reference from the numbers of an operator, and leaves a keyword a keyword.
    @Test func numbersReferencesAndKeywords() {
        var lexer = PDFLexer(Array("72 -0.5 841.89 .5 -.5 +5 1. 007 0.1 123456789.012345 1e2 1.2.3 - 12 0 R 0 0 0 RG 3 0 obj".utf8)[...])
        var values: [PDFValue] = []
        while let value = lexer.value() { values.append(value) }
        let numbers = ["72", "-0.5", "841.89", ".5", "-.5", "+5", "1.", "007", "0.1", "123456789.012345"].compactMap(Double.init)
        #expect(values.prefix(numbers.count) == ArraySlice(numbers.map(PDFValue.number)))
        #expect(values.dropFirst(numbers.count) == [
            .number(100), .keyword("1.2.3"), .keyword("-"), .reference(12), .number(0), .number(0), .number(0),
            .keyword("RG"), .number(3), .number(0), .keyword("obj"),
        ])
    }

    @Test func theTablePagesRulesAreReadFromItsDrawing() throws {
        let path = try Fixtures.temporaryFile("table.pdf", TablePDF.data)
        let objects = try #require(PDFObjects(path: path))
        #expect(objects.pages.count == 1)
        let rules = try #require(PageDrawing(objects: objects).rules(ofPage: 0, width: 595, height: 842))
        let horizontal = rules.filter { $0.axis == .horizontal }.map { [$0.position, $0.start, $0.end] }
        let vertical = rules.filter { $0.axis == .vertical }.map { [$0.position, $0.start, $0.end] }
        #expect(Set(horizontal) == [[100, 72, 392], [140, 72, 392], [160, 72, 392], [200, 72, 392], [220, 72, 392], [120, 232, 392]])
        #expect(Set(vertical) == [[72, 100, 220], [102, 100, 220], [232, 100, 220], [392, 100, 220], [312, 120, 220]])
        #expect(rules.allSatisfy { abs($0.thickness - 0.5) < 0.01 })
        let grid = try #require(RuledGrid.grids(from: rules, slack: 2).first)
        #expect(grid.rowCount == 5 && grid.columnCount == 4)
        // Another page size than poppler's: the caller renders instead.
        #expect(PageDrawing(objects: objects).rules(ofPage: 0, width: 842, height: 595) == nil)
        #expect(PageDrawing(objects: objects).rules(ofPage: 1, width: 595, height: 842) == nil)
    }

    /// A cross-reference stream, a Flate-compressed content stream drawn in a form XObject
    /// under a transform, bars drawn as thin filled rectangles (with `re`, or as four corners),
    /// a white line and a slanted one, which are no rules.
    @Test func crossReferenceStreamsFlateAndForms() throws {
        let form = "0 0 0 RG 1 w 0 0 m 200 0 l S 0 0 m 0 50 l S 1 1 1 RG 0 25 m 200 25 l S 0 0 0 rg 0 49 200 1 re f "
            + "0 10 m 200 10 l 200 11 l 0 11 l h f 0 30 m 50 40 l S"
        let page = "q 1 0 0 1 100 500 cm /Fm1 Do Q"
        let path = try Fixtures.temporaryFile("drawn.pdf", HandMadeDrawingPDF.data(page: page, form: form))
        let objects = try #require(PDFObjects(path: path))
        let rules = try #require(PageDrawing(objects: objects).rules(ofPage: 0, width: 595, height: 842))
        let found = Set(rules.map { "\($0.axis) \($0.position) \($0.start) \($0.end)" })
        #expect(found == [
            "horizontal 342.0 100.0 300.0", "vertical 100.0 292.0 342.0", "horizontal 292.5 100.0 300.0",
            "horizontal 331.5 100.0 300.0",
        ])
    }

    /// Cut or scrambled files end in nil or in rules, never in a trap.
    @Test func brokenFilesAreRefusedQuietly() throws {
        let whole = [UInt8](TablePDF.data)
        for cut in stride(from: 0, to: whole.count, by: 97) {
            let path = try Fixtures.temporaryFile("cut.pdf", Data(whole[0..<cut]))
            if let objects = PDFObjects(path: path) {
                _ = PageDrawing(objects: objects).rules(ofPage: 0, width: 595, height: 842)
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<40 {
            var bytes = whole
            for _ in 0..<20 { bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            let path = try Fixtures.temporaryFile("scrambled.pdf", Data(bytes))
            if let objects = PDFObjects(path: path) {
                _ = PageDrawing(objects: objects).rules(ofPage: 0, width: 595, height: 842)
            }
        }
    }
}

/// A one-page PDF whose page draws a form XObject; page and form content streams are
/// Flate-encoded (stored blocks), and the objects are found through a cross-reference stream.
enum HandMadeDrawingPDF {
    static func data(page: String, form: String) -> Data {
        var objects: [[UInt8]] = []
        func stream(_ dictionary: String, _ content: [UInt8]) -> [UInt8] {
            Array("<< \(dictionary) /Length \(content.count) >>\nstream\n".utf8) + content + Array("\nendstream".utf8)
        }
        objects.append(Array("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        objects.append(Array("<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>".utf8))
        objects.append(Array("<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /XObject << /Fm1 5 0 R >> >> >>".utf8))
        objects.append(stream("/Filter /FlateDecode", zlibStored(Array(page.utf8))))
        objects.append(stream("/Type /XObject /Subtype /Form /BBox [0 0 200 50] /Filter /FlateDecode", zlibStored(Array(form.utf8))))
        var body = Array("%PDF-1.5\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(body.count)
            body += Array("\(index + 1) 0 obj\n".utf8) + object + Array("\nendobj\n".utf8)
        }
        let xrefOffset = body.count
        // Entries of /W [1 2 1]: type, offset (two bytes), generation; object 0 is free.
        var entries: [UInt8] = [0, 0, 0, 255]
        for offset in offsets + [xrefOffset] { entries += [1, UInt8(offset >> 8), UInt8(offset & 0xFF), 0] }
        let xref = stream("/Type /XRef /Size \(objects.count + 2) /W [1 2 1] /Root 1 0 R", entries)
        body += Array("\(objects.count + 1) 0 obj\n".utf8) + xref + Array("\nendobj\n".utf8)
        body += Array("startxref\n\(xrefOffset)\n%%EOF\n".utf8)
        return Data(body)
    }

    /// zlib data holding `bytes` in one stored (uncompressed) deflate block.
    static func zlibStored(_ bytes: [UInt8]) -> [UInt8] {
        let length = UInt16(bytes.count)
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        let adler = b << 16 | a
        return [0x78, 0x01, 0x01, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)] + bytes
            + [UInt8(adler >> 24), UInt8((adler >> 16) & 0xFF), UInt8((adler >> 8) & 0xFF), UInt8(adler & 0xFF)]
    }
}
