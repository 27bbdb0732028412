import BaocaoTestSupport
import Foundation
import Testing

/// The sample report turned by `/Rotate` (qpdf, in scripts/make-hostile.py) reads as the upright
/// one: poppler lays a turned page's text out as shown, sideways or upside down, so footnote
/// numbers were joined to the wrong lines and a page turned 270° was read from its foot up.
@Suite struct RotatedPageTests {
    private func run(_ arguments: [String]) throws -> String {
        let result = try BaocaoRunner.run(arguments + ["--restore", "off"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test(arguments: [90, 180, 270])
    func turnedPagesReadAsTheUprightOnes(angle: Int) throws {
        let upright = try run(["extract", Fixtures.digitalPDF, "--format", "md"])
        let turned = try run(["extract", Fixtures.fixture("hostile/wa-rotate-\(angle).pdf"), "--format", "md"])
        #expect(turned == upright)
    }

    @Test(arguments: [90, 180, 270])
    func turnedPagesGiveTheSameFigures(angle: Int) throws {
        // Every column but the document's name.
        func rows(_ csv: String) -> [[String]] { CSVTable(csv).rows.map { Array($0.dropFirst()) } }
        let upright = try run(["figures", Fixtures.digitalPDF])
        let turned = try run(["figures", Fixtures.fixture("hostile/wa-rotate-\(angle).pdf")])
        #expect(rows(turned) == rows(upright))
        #expect(rows(upright).count > 50)
    }
}
