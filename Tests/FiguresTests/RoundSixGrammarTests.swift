import DocumentModel
import Figures
import Testing

/// Classes of errors found on the dev half of the real-sentence round 6
/// (Benchmarks/figures/split.tsv), each fixed by a general rule and checked on sentences written
/// for it.
@Suite("Clause grammar, bench round six")
struct RoundSixGrammarTests {
    @Test("sessions whose own noun names another kind are not inspections, whatever the clause names after it")
    func sessionNounDecides() {
        #expect(onlyFigure("Một doanh nghiệp cho biết năm qua phải tiếp 45 cuộc làm việc với các đoàn thanh tra.")?.measureColumn == "")
        #expect(onlyFigure("Xã bị phát hiện lập khống biên bản 7 cuộc họp để đối phó với thanh tra viên.")?.measureColumn == "")
        // An inspection named inside the sessions' own noun phrase still is one.
        #expect(onlyFigure("Thanh tra tỉnh đã tiến hành 12 cuộc kiểm tra, thanh tra tại các sở.")?.measureColumn == "thanh_tra.cuoc")
    }

    @Test("'thanh, kiểm tra' is short for 'thanh tra, kiểm tra'")
    func shortInspection() {
        let found = onlyFigure("Sở Công Thương đã tiến hành gần 90 cuộc thanh, kiểm tra đối với các chợ.")
        #expect(found?.measureColumn == "thanh_tra.cuoc")
        #expect(found?.value == 90)
    }

    @Test("'dự phòng' attends nothing and contact with blood or patients is no meeting")
    func exposureIsNoDialogue() {
        #expect(onlyFigure("Cả 18 người này đã được điều trị dự phòng vì từng tiếp xúc với máu của người bị nạn.")?.measureColumn == "")
        #expect(onlyFigure("Cả 20 người đã tiếp xúc với bệnh nhân và tham gia sơ cứu.")?.measureColumn == "")
        // A contact session's audience is still read.
        #expect(onlyFigure("Tại buổi tiếp xúc, 120 người đã tham dự.")?.measureColumn == "doi_thoai.luot_tham_du")
    }

    @Test("readers of a post are no citizens received, even in a paragraph on reception")
    func readersOfAPost() {
        let found = figures("Ban tiếp công dân tỉnh đã tiếp 40 lượt công dân. Bài đăng phản ánh việc này có 9.000 lượt thích và 700 lượt chia sẻ.")
        #expect(found.first(raw: "40 lượt công dân")?.measureColumn == "tiep_cong_dan.luot")
        #expect(found.first(raw: "9.000 lượt")?.measureColumn == "")
        #expect(found.first(raw: "700 lượt")?.measureColumn == "")
    }

    @Test("petitions sent to an authority were received by it, unless a verb before the figure says otherwise")
    func sentPetitions() {
        let sent = onlyFigure("Năm ngoái có hơn 2.000 kiến nghị của doanh nghiệp gửi tới Bộ Tài chính.")
        #expect(sent?.measureColumn == "don.tiep_nhan")
        #expect(sent?.typeColumn == "kien_nghi_phan_anh")
        #expect(onlyFigure("Huyện đã hướng dẫn 23 đơn gửi đúng cơ quan có thẩm quyền.")?.measureColumn == "don.huong_dan")
        // Citizens are not counted by what they send.
        #expect(onlyFigure("Ban đã tiếp 35 lượt công dân gửi đơn khiếu nại.")?.measureColumn == "tiep_cong_dan.luot")
    }

    @Test("what a body sends is its own; what citizens send or a body passes on for them is received")
    func senders() {
        #expect(onlyFigure("Các hiệp hội đã gửi 12 thư kiến nghị tới Chính phủ.")?.measureColumn == "")
        #expect(onlyFigure("Trong năm, người dân đã gửi 45 đơn đến Ủy ban nhân dân huyện.")?.measureColumn == "don.tiep_nhan")
        #expect(onlyFigure("Đoàn đại biểu Quốc hội tỉnh đã gửi 95 kiến nghị của cử tri tới Quốc hội.")?.measureColumn == "doi_thoai.y_kien")
        let businesses = onlyFigure("Hiệp hội đã gửi 200 kiến nghị của doanh nghiệp tới Chính phủ.")
        #expect(businesses?.measureColumn == "don.tiep_nhan")
        #expect(businesses?.typeColumn == "kien_nghi_phan_anh")
        // Sending far before the figure is the citizens' act, not the figure's verb.
        #expect(onlyFigure("Ban đã hướng dẫn công dân gửi đơn đến cơ quan có thẩm quyền 60 đơn.")?.measureColumn == "don.huong_dan")
    }
}
