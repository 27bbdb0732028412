import BaocaoTestSupport
import Foundation

/// A one-page PDF with a ruled table drawn line by line, written for the table tests:
///
///     Bang 1
///     +-----+-----------+-----------------------------+
///     | STT | Don vi    |          Khieu nai          |
///     |     |           +---------------+-------------+
///     |     |           | Da giai quyet | Dang giai q.|
///     +-----+-----------+---------------+-------------+
///     | 1   | Huyen A   |            12 |           3 |
///     | 2   | Huyen B   |         1.234 |           - |
///     |     | co ten dai|               |             |
///     |     | Tong cong |         1.246 |           3 |
///     +-----+-----------+---------------+-------------+
///
/// Coordinates below are from the top of the page; the content stream flips them.
enum TablePDF {
    static let columns = [72.0, 102, 232, 312, 392]
    static let rows = [100.0, 120, 140, 160, 200, 220]

    static var data: Data {
        var stream = "0 0 0 RG 0.5 w\n"
        func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) {
            stream += "\(x1) \(842 - y1) m \(x2) \(842 - y2) l S\n"
        }
        for y in [100.0, 140, 160, 200, 220] { line(72, y, 392, y) }
        // Under "Khieu nai" only: STT and "Don vi" are merged over both header rows.
        line(232, 120, 392, 120)
        for x in [72.0, 102, 232, 392] { line(x, 100, x, 220) }
        // Not through the first row: "Khieu nai" spans both columns.
        line(312, 120, 312, 220)
        let texts: [(String, Double, Double)] = [
            ("Bang 1", 210, 80),
            ("STT", 76, 124), ("Don vi", 106, 124), ("Khieu nai", 280, 114),
            ("Da giai quyet", 236, 134), ("Dang giai quyet", 315, 134),
            ("1", 85, 154), ("Huyen A", 106, 154), ("12", 296, 154), ("3", 382, 154),
            ("2", 85, 184), ("Huyen B", 106, 176), ("co ten dai", 106, 190), ("1.234", 284, 184), ("-", 382, 184),
            ("Tong cong", 106, 214), ("1.246", 284, 214), ("3", 382, 214),
        ]
        for (text, x, y) in texts {
            stream += "BT /F1 9 Tf \(x) \(842 - y) Td (\(text)) Tj ET\n"
        }
        return HandMadeFiles.pdf(mediaBox: "0 0 595 842", content: stream)
    }

    /// A statistical table printed without rules, its columns kept apart by space alone, with
    /// running text above and below.
    static var unruled: Data {
        var stream = ""
        let texts: [(String, Double, Double)] = [
            ("Ket qua tiep nhan don trong nam nhu sau:", 72, 80),
            ("Don vi", 72, 110), ("Tiep nhan", 200, 110), ("Da giai quyet", 290, 110), ("Ty le", 400, 110),
            ("Huyen A", 72, 126), ("1.204", 215, 126), ("31", 318, 126), ("93,9", 404, 126),
            ("Huyen B co ten", 72, 142), ("88", 225, 142), ("-", 322, 142), ("100", 406, 142),
            ("rat dai", 72, 156),
            ("Tong cong", 72, 172), ("1.292", 215, 172), ("31", 318, 172), ("94,1", 404, 172),
            ("Cac don con lai da duoc huong dan.", 72, 200),
        ]
        for (text, x, y) in texts {
            stream += "BT /F1 9 Tf \(x) \(842 - y) Td (\(text)) Tj ET\n"
        }
        return HandMadeFiles.pdf(mediaBox: "0 0 595 842", content: stream)
    }

    /// A ruled table printed sideways, as a wide form is turned on a portrait page: its words
    /// run up the page, one cell's letters above one another.
    static var sideways: Data {
        var stream = "0 0 0 RG 0.5 w\n"
        let columns = [72.0, 102, 132, 162, 192], rows = [100.0, 170, 240, 310]
        for y in rows { stream += "72 \(842 - y) m 192 \(842 - y) l S\n" }
        for x in columns { stream += "\(x) \(842 - rows[0]) m \(x) \(842 - rows[3]) l S\n" }
        let words = [["STT", "Don vi", "Tiep nhan", "Ty le"], ["1", "Huyen A", "12", "50"], ["2", "Huyen B", "7", "30"]]
        for (row, line) in words.enumerated() {
            for (column, word) in line.enumerated() {
                // Turned a quarter left: the baseline runs up the page from the cell's foot.
                stream += "BT /F1 9 Tf 0 1 -1 0 \(columns[column] + 20) \(842 - rows[row + 1] + 5) Tm (\(word)) Tj ET\n"
            }
        }
        return HandMadeFiles.pdf(mediaBox: "0 0 595 842", content: stream)
    }
}
