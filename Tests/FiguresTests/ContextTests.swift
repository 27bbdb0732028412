import DocumentModel
import Testing

@testable import Figures

@Suite("Context: footnotes, sections, scope and subject")
struct ContextTests {
    @Test("a title's figures give no verb to the body's figures; a paragraph's do")
    func titleSetsNoVerbForTheBody() {
        let body = Block(kind: .paragraph, text: "Xã Tân Hòa có 30 lượt, 17 người.", pages: PageRange(1))
        let titled = Document(
            source: SourceInfo(path: "test.txt", sha256: "", pages: 1),
            title: ["Huyện Đông Sơn tiếp 120 lượt công dân, tiếp nhận 45 đơn"], blocks: [body])
        let found = FigureExtractor().figures(in: titled, doc: "test")
        // The title's own figures keep their own verbs.
        #expect(found.first(raw: "120 lượt công dân")?.measureColumn == "tiep_cong_dan.luot")
        #expect(found.first(raw: "30 lượt")?.measureColumn == "")
        #expect(found.first(raw: "17 người")?.measureColumn == "")
        // The same sentence as a paragraph before it speaks for the paragraph after it.
        let paragraphs = figures("Huyện Đông Sơn tiếp 120 lượt công dân, tiếp nhận 45 đơn.", "Xã Tân Hòa có 30 lượt, 17 người.")
        #expect(paragraphs.first(raw: "30 lượt")?.measureColumn == "tiep_cong_dan.luot")
    }

    @Test("figures of a footnote inherit the meaning of the sentence that cites it")
    func footnoteInheritance() {
        let found = figures(
            "Đến nay đã giải quyết xong 05 vụ[^3]; đang giải quyết 02 vụ việc.",
            footnotes: [3: "Xã Tân Lập (03 vụ); xã Hòa Bình (02 vụ)."])
        let inFootnote = found.filter { $0.footnote == 3 }
        #expect(inFootnote.values == [3, 2])
        #expect(inFootnote.allSatisfy { $0.measureColumn == "vu_viec.da_giai_quyet" })
        #expect(inFootnote.map(\.scope) == ["Xã Tân Lập", "xã Hòa Bình"])
        #expect(inFootnote.allSatisfy { $0.page == 4 })
        #expect(found.first(raw: "02 vụ việc")?.measureColumn == "vu_viec.dang_giai_quyet")
    }

    @Test("a footnote whose marker was misread still explains the figure its breakdown adds up to")
    func footnoteByTotal() {
        let found = figures(
            "Tổ công tác rà soát 09 vụ việc, đã giải quyết xong 05 vụ; đang giải quyết 04 vụ việc[^6].",
            footnotes: [6: "Xã Đông (02 vụ); xã Tây (03 vụ).", 7: "Thôn Nam (01 vụ); thôn Bắc (03 vụ)."])
        #expect(found.filter { $0.footnote == 6 }.allSatisfy { $0.measureColumn == "vu_viec.da_giai_quyet" })
        // Footnote 7 is cited nowhere, yet adds up to the 04 cases still being resolved.
        #expect(found.filter { $0.footnote == 7 }.map(\.measureColumn) == ["vu_viec.dang_giai_quyet", "vu_viec.dang_giai_quyet"])
    }

    @Test("a footnote's own predicate wins over the citing sentence")
    func footnoteOwnPredicate() {
        let found = figures(
            "Toàn huyện đã tiếp 300 lượt công dân[^1].",
            footnotes: [1: "Cấp huyện tiếp 120 lượt người, giải quyết 40 vụ việc."])
        let inFootnote = found.filter { $0.footnote == 1 }
        #expect(inFootnote.map(\.measureColumn) == ["tiep_cong_dan.luot", "vu_viec.da_giai_quyet"])
    }

    @Test("section path and title come from the headings above")
    func sections() throws {
        let found = figures("Huyện đã nhận 40 đơn.", headings: [("II", "KẾT QUẢ"), ("3", "Công tác tiếp dân")])
        let figure = try #require(found.first)
        #expect(figure.section == "II.3")
        #expect(figure.sectionTitle == "Công tác tiếp dân")
        #expect(figure.page == 3)
    }

    @Test("scope is who acts, subject what is counted")
    func scopeAndSubject() throws {
        let figure = try #require(onlyFigure("Trong năm, Chủ tịch UBND huyện đã tiếp 64 lượt người đến khiếu nại."))
        #expect(figure.scope == "Chủ tịch UBND huyện")
        #expect(figure.subject == "lượt người đến khiếu nại")
        #expect(figure.typeColumn == "khieu_nai")
    }

    /// A topic label ("Về tiếp công dân:", "Về tố cáo,") says what the sentence is about, not
    /// who acted: the scope is the body after it, up to its verb ("Bộ kết luận …" is "Bộ").
    @Test("a topic label opening the sentence is no scope")
    func topicLabelIsNoScope() throws {
        let received = try #require(onlyFigure("Về tiếp công dân: Thanh tra tỉnh đã tiếp 120 lượt công dân."))
        #expect(received.scope == "Thanh tra tỉnh")
        let concluded = figures("Về tố cáo, Bộ kết luận tố cáo đúng 2 vụ, sai 4 vụ.")
        #expect(concluded.map(\.scope) == ["Bộ", "Bộ"])
        let inspected = figures("Về thanh tra hành chính, toàn tỉnh triển khai 73 cuộc.")
        #expect(inspected.first?.scope == "toàn tỉnh")
    }
}
