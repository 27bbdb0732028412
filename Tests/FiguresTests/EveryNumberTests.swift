import BaocaoTestSupport
import DocumentModel
import Foundation
import Testing

@testable import Figures

/// No silent drop (#14, Deliver 5): every numeral of a sentence gets a row, with an empty
/// measure when it counts no petitions, unless a named rule says why not (a date, a code, a
/// label, a header, a malformed numeral, the total after a breakdown).
@Suite("Every number gets a row or a named reason")
struct EveryNumberTests {
    @Test(
        "each numeral is a row's or has a named reason",
        arguments: [
            "Trong kỳ, Bộ phải giải quyết 84 đơn khiếu nại (năm trước chuyển sang 09 đơn, phát sinh mới 75 đơn); đã giải quyết 71/84 đơn.",
            "Qua phân loại, Bộ đã xử lý 1.187 đơn; chuyển 212 đơn; hướng dẫn 96 đơn; lưu 405 đơn; không đủ điều kiện xử lý 38 đơn.",
            "Số đơn phải xử lý trong kỳ 2.314 đơn (KN 410, TC 97, KN-PA 1.807).",
            "Đã giải quyết 138 đơn (121 KN, 17 TC)/150 đơn thuộc thẩm quyền, còn 12 đơn đang giải quyết.",
            "Ngày 12-10-2026, trên tuyến đường tỉnh 295 đoạn qua xã Tân Lập, nhiều hộ dân tụ tập.",
            "Số liệu tính từ ngày 01/10/2025 đến ngày 30/9/2026, theo Quy chế số 12/QC-VKSND.",
            "Số vụ việc khiếu nại giảm 7% (390/419 vụ việc) so với năm 2025, phát hiện sai phạm 12 tỷ đồng.",
            "Mục 1.2.3 ghi 4/5/6/7 trường hợp, đường dây nóng 0912.345.678, tăng 25 - 30%.",
            "Còn bảy vụ việc chưa giải quyết xong trong 5 năm qua.",
        ])
    func everyNumeral(sentence: String) {
        let tokens = Tokenizer.tokens(of: sentence)
        let mentions = FigureRecognizer.mentions(in: tokens, sentence: sentence, atBlockStart: true)
        for index in tokens.indices where tokens[index].isNumber {
            let inRow = mentions.contains { $0.tokenRange.contains(index) }
            let named = NonFigureRules.sentenceReason(tokens) != nil
                || NonFigureRules.reason(at: index, in: tokens, atBlockStart: true) != nil
            // "138 đơn (…)/150 đơn": the total is the denominator of the figure before the breakdown.
            let total = index > 0 && tokens[index - 1].is("/")
                && mentions.contains { $0.denominator == VietnameseNumber.value(of: tokens[index].text) }
            #expect(inRow || named || total, "\(tokens[index].text) in «\(sentence)» has no row and no reason")
        }
        // Every mention becomes a row: the extractor drops none of them.
        #expect(figures(sentence).count == mentions.count)
    }

    @Test("every numeral of the written shape sets is a row's or has a named reason")
    func writtenShapes() throws {
        for folder in ["shapes", "shapes-heldout"] {
            let directory = Fixtures.root.appendingPathComponent("Benchmarks/figures/\(folder)")
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }
            #expect(!names.isEmpty)
            for name in names {
                let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                for line in text.split(separator: "\n") where line.contains(where: \.isNumber) {
                    everyNumeral(sentence: String(line))
                }
            }
        }
    }

    @Test("digits no numeral form reads are named malformed, not dropped silently")
    func malformed() {
        let tokens = Tokenizer.tokens(of: "Ghi chép 1.2.3 có 4/5/6/7 trường hợp.")
        let reasons = tokens.indices.filter { tokens[$0].isNumber }.map { NonFigureRules.reason(at: $0, in: tokens, atBlockStart: false) }
        #expect(reasons == [.malformed, .malformed])
    }

    /// A scanned gazette's pages in another script, read with the Vietnamese model, gave 268
    /// rows of debris ("9 tonfÄ", "14 fuấoyixu1u") at confidence 0.8: their numerals are named
    /// `notVietnamese`, and none becomes a row.
    @Test(
        "numerals among OCR debris are named, not rows",
        arguments: [
            "8, qwnrJãtmxwpl ze# ÔÏ47 K02) ãOUU z1x kay 7vrbsoÄ 315 b24ü5Önãkq 2mxo",
            "Ưqrnt8 zxJÄ 12 vwklm ãopqz 7 bnx ïđtrw 45 kcvzt.",
        ])
    func debris(sentence: String) {
        let tokens = Tokenizer.tokens(of: sentence)
        #expect(NonFigureRules.sentenceReason(tokens) == .notVietnamese)
        #expect(figures(sentence).isEmpty)
        everyNumeral(sentence: sentence)
    }

    @Test(
        "Vietnamese with names, loanwords, codes and formulas is read",
        arguments: [
            "Công ty Samsung Display và Foxconn tiếp nhận 12 đơn kiến nghị của người lao động qua Zalo.",
            "UBND tỉnh và HĐND huyện tiếp nhận 45 đơn KNTC theo Kế hoạch 12/KH-UBND.",
            "M = (Hi x Tj x 15%) x Lmin",
            "12 tháng.",
        ])
    func vietnamese(sentence: String) {
        #expect(NonFigureRules.sentenceReason(Tokenizer.tokens(of: sentence)) == nil)
        #expect(!figures(sentence).isEmpty)
    }
}
