import DocumentModel
import Foundation
import Testing

@testable import Output

@Suite("Figures CSV")
struct FiguresCSVWriterTests {
    let figure = Figure(
        doc: "bao-cao.pdf", page: 2, section: "II.1", sectionTitle: "Tiếp dân, xử lý đơn", footnote: 3,
        measure: .petitionsResolved, type: .denunciation, scope: "cấp xã", value: 27, denominator: 30, unit: "đơn",
        subject: "đơn", raw: "27/30 đơn", sentence: "Cấp xã giải quyết xong 27/30 đơn, đạt \"90%\".", confidence: 0.9)

    @Test("header row with the contract's columns in order")
    func header() {
        let text = FiguresCSVWriter.text([])
        #expect(
            text == "doc,page,section,section_title,footnote,measure,type,scope,value,denominator,unit,subject,raw,sentence,confidence\r\n")
    }

    @Test("fields with commas or quotes are quoted, quotes doubled, records end with CRLF")
    func quoting() {
        let lines = FiguresCSVWriter.text([figure]).components(separatedBy: "\r\n")
        #expect(lines.count == 3)
        #expect(
            lines[1]
                == "bao-cao.pdf,2,II.1,\"Tiếp dân, xử lý đơn\",3,don.da_giai_quyet,to_cao,cấp xã,27,30,đơn,đơn,27/30 đơn,\"Cấp xã giải quyết xong 27/30 đơn, đạt \"\"90%\"\".\",0.9"
        )
    }

    @Test("values in plain decimal with a point")
    func decimals() {
        #expect(FiguresCSVWriter.decimal(3547) == "3547")
        #expect(FiguresCSVWriter.decimal(1185.8) == "1185.8")
        #expect(FiguresCSVWriter.decimal(14.26) == "14.26")
        #expect(FiguresCSVWriter.decimal(1_800_000) == "1800000")
    }

    @Test("a line break inside a field is quoted")
    func lineBreak() {
        #expect(FiguresCSVWriter.quoted("hai\r\ndòng") == "\"hai\r\ndòng\"")
    }

    @Test("--excel puts a UTF-8 byte order mark in front, UTF-8 otherwise")
    func byteOrderMark() {
        let excel = FiguresCSVWriter.data([figure], excel: true)
        #expect(Array(excel.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let plain = FiguresCSVWriter.data([figure])
        #expect(plain.first == UInt8(ascii: "d"))
        #expect(String(data: plain, encoding: .utf8)?.contains("Tiếp dân") == true)
    }
}
