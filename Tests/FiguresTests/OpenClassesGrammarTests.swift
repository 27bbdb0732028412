import DocumentModel
import Figures
import Testing

/// The classes the last round left open (issue #14), on sentences written for them: party
/// inspection verbs on counted members, counts after a label naming members or bodies, a state
/// said after the figure, court filings after their own noun, cases under supervision or review,
/// cases handed to investigators, results after pending cases, numbers in words.
@Suite("Clause grammar, the open classes of round seven")
struct OpenClassesGrammarTests {
    @Test("a party inspection's verbs on counted members resolve their cases; an inspection's own conclusions count none")
    func inspectionVerbsOnMembers() {
        let concluded = figures("Ủy ban Kiểm tra Thị ủy đã kết luận 8 đồng chí bị tố cáo.")
        #expect(concluded.first(raw: "8 đồng chí")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(concluded.first(raw: "8 đồng chí")?.typeColumn == "to_cao")
        let titled = figures("Đã xem xét, kết luận 9 đồng chí; 3 đồng chí đang xác minh.", headings: [("2", "Tố cáo đối với đảng viên")])
        #expect(titled.first(raw: "9 đồng chí")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(titled.first(raw: "9 đồng chí")?.typeColumn == "to_cao")
        let considered = figures("Ủy ban đã xem xét 4 trường hợp.", headings: [("3", "Về giải quyết khiếu nại kỷ luật đảng")])
        #expect(considered.first(raw: "4 trường hợp")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(considered.first(raw: "4 trường hợp")?.typeColumn == "khieu_nai")
        let checked = figures("Qua kiểm tra, kết luận 7 đảng viên có vi phạm.", headings: [("1", "Công tác kiểm tra")])
        #expect(checked.first(raw: "7 đảng viên")?.measureColumn == "")
    }

    @Test("members and bodies counted after a line label naming their complaint are its cases, the items breaking them down too")
    func countsAfterMemberLabels() {
        let members = figures("- Tố cáo đối với đảng viên: 12 đồng chí.")
        #expect(members.first(raw: "12 đồng chí")?.measureColumn == "vu_viec")
        #expect(members.first(raw: "12 đồng chí")?.typeColumn == "to_cao")
        let bodies = figures("Tố cáo tổ chức đảng: 3 tổ chức.")
        #expect(bodies.first(raw: "3 tổ chức")?.typeColumn == "to_cao")
        let complaints = figures("Khiếu nại kỷ luật đảng: 4 trường hợp, trong đó năm trước chuyển sang 2 trường hợp.")
        for raw in ["4 trường hợp", "2 trường hợp"] {
            #expect(complaints.first(raw: raw)?.measureColumn.hasPrefix("vu_viec") == true)
            #expect(complaints.first(raw: raw)?.typeColumn == "khieu_nai")
        }
        let broken = figures("Tố cáo đảng viên: 10 đồng chí (kỳ trước chuyển sang 2 đồng chí, mới phát sinh 8 đồng chí).")
        for raw in ["2 đồng chí", "8 đồng chí"] {
            #expect(broken.first(raw: raw)?.measureColumn.hasPrefix("vu_viec") == true)
            #expect(broken.first(raw: raw)?.typeColumn == "to_cao")
        }
        // A sanction named before the denunciation counts members sanctioned; a label without a
        // complaint counts members checked.
        #expect(figures("Thi hành kỷ luật đảng viên bị tố cáo: 3 đồng chí.").first(raw: "3 đồng chí")?.measureColumn == "")
        #expect(figures("Kiểm tra tổ chức đảng: 6 tổ chức.").first(raw: "6 tổ chức")?.measureColumn == "")
    }

    @Test("a state or an outcome said after counted members or cases is theirs where the complaint is named")
    func stateAfterTheFigure() {
        let bodies = figures("Còn lại, 1 tổ chức đảng đang thẩm tra.", headings: [("2", "Về giải quyết tố cáo")])
        #expect(bodies.first(raw: "1 tổ chức")?.measureColumn == "vu_viec.dang_giai_quyet")
        #expect(bodies.first(raw: "1 tổ chức")?.typeColumn == "to_cao")
        let remaining = figures("Về khiếu nại kỷ luật, 2 trường hợp còn lại đang thẩm tra, xác minh.")
        #expect(remaining.first(raw: "2 trường hợp")?.measureColumn == "vu_viec.dang_giai_quyet")
        #expect(remaining.first(raw: "2 trường hợp")?.typeColumn == "khieu_nai")
        let outcome = figures("Trong số đảng viên bị tố cáo, 4 đồng chí đúng một phần.")
        #expect(outcome.first(raw: "4 đồng chí")?.measureColumn.hasPrefix("vu_viec") == true)
        #expect(outcome.first(raw: "4 đồng chí")?.typeColumn == "to_cao")
        // A date before the count is no list of days.
        let dated = figures("Đến ngày 30/6/2026, 15 đơn đã được giải quyết xong.")
        #expect(dated.first(raw: "15 đơn")?.measureColumn == "don.da_giai_quyet")
        #expect(figures("Có 6 đảng viên đang công tác tại xã.").first(raw: "6 đảng viên")?.measureColumn == "")
    }

    @Test("a court filing named by the noun a clause opens with is no petition, whatever unit repeats it")
    func courtFilingsAfterTheirNoun() {
        #expect(figures("Số đơn kháng cáo bản án sơ thẩm là 215 đơn.").first(raw: "215 đơn")?.measureColumn == "")
        #expect(figures("Số đơn khởi kiện mới nhận trong quý là 64 đơn.").first(raw: "64 đơn")?.measureColumn == "")
        let petitions = figures("Số đơn khiếu nại gửi đến Tòa án là 18 đơn.")
        #expect(petitions.first(raw: "18 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(petitions.first(raw: "18 đơn")?.typeColumn == "khieu_nai")
    }

    @Test("cases named by how long they stayed open are pending under supervision, review or a target, not received")
    func lingeringCases() {
        #expect(figures("Đoàn giám sát chuyên đề 14 vụ việc khiếu nại kéo dài.").first(raw: "14 vụ việc")?.measureColumn == "vu_viec.dang_giai_quyet")
        #expect(figures("Đề nghị rà soát lại 26 vụ việc tồn đọng.").first(raw: "26 vụ việc")?.measureColumn == "vu_viec.dang_giai_quyet")
        let target = figures("Ủy ban chỉ đạo giải quyết dứt điểm 8 vụ việc khiếu nại kéo dài.")
        #expect(target.first(raw: "8 vụ việc")?.measureColumn == "vu_viec.dang_giai_quyet")
        let heading = figures("Đề nghị giám sát 5 vụ việc khiếu nại kéo dài tại hai dự án.", headings: [("I", "Tiếp công dân")])
        #expect(heading.first(raw: "5 vụ việc")?.measureColumn == "vu_viec.dang_giai_quyet")
        // Their items share the state; a verb that resolved them keeps its word.
        let items = figures("Đoàn đã giám sát 20 vụ việc khiếu nại kéo dài, trong đó 7 vụ việc về bồi thường.")
        #expect(items.first(raw: "7 vụ việc")?.measureColumn == "vu_viec.dang_giai_quyet")
        let resolved = figures("Huyện đã giải quyết dứt điểm 9 vụ việc khiếu nại kéo dài.")
        #expect(resolved.first(raw: "9 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
    }

    @Test("complaint cases handed to investigators are bare cases; an inspection's are findings")
    func handedToInvestigators() {
        let denunciations = figures("Về tố cáo, đã giải quyết 12 vụ việc và chuyển cơ quan điều tra 02 vụ việc có dấu hiệu tội phạm.")
        #expect(denunciations.first(raw: "02 vụ việc")?.measureColumn == "vu_viec")
        #expect(denunciations.first(raw: "02 vụ việc")?.typeColumn == "to_cao")
        let file = figures("Qua giải quyết khiếu nại, đã chuyển hồ sơ 1 vụ việc sang cơ quan cảnh sát điều tra.")
        #expect(file.first(raw: "1 vụ việc")?.measureColumn == "vu_viec")
        let findings = figures("Qua thanh tra, phát hiện sai phạm 3,2 tỷ đồng, chuyển cơ quan điều tra 2 vụ việc.", "Còn 4 vụ việc khiếu nại đang xác minh.")
        #expect(findings.first(raw: "2 vụ việc")?.measureColumn == "")
    }

    @Test("an outcome after a sentence on pending cases is no pending case, and its type is the one before the outcome")
    func resultAfterPending() {
        let found = figures("Hiện còn 7 vụ việc tố cáo đang xác minh. Thanh tra tỉnh xác định tố cáo sai 5 vụ, tố cáo đúng một phần 2 vụ.")
        for raw in ["5 vụ", "2 vụ"] {
            #expect(found.first(raw: raw)?.measureColumn.hasPrefix("vu_viec") == true)
            #expect(found.first(raw: raw)?.measureColumn != "vu_viec.dang_giai_quyet")
            #expect(found.first(raw: raw)?.typeColumn == "to_cao")
        }
    }

    @Test("a number in words stays below 0.9 where the same sentence in digits reaches it")
    func numbersInWords() {
        let found = figures(
            "Tiếp nhận 40 đơn, đã giải quyết 30 đơn, còn 10 đơn đang giải quyết.", "Hai vụ việc tố cáo còn lại đang xác minh.",
            "Đã giải quyết 6 vụ việc tố cáo.")
        let spelled = found.first(raw: "Hai vụ việc")
        #expect(spelled?.value == 2)
        #expect((spelled?.confidence ?? 1) < 0.9)
        #expect((found.first(raw: "40 đơn")?.confidence ?? 0) >= 0.9)
    }

    @Test("after 'năm' a small numeral before a unit petitions or members are counted in counts; a month stays a date")
    func countAfterTheYearWord() {
        let found = figures("Thanh tra huyện tiếp nhận trong năm 37 đơn, phát sinh trong năm 6 đồng chí bị tố cáo.")
        #expect(found.first(raw: "37 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(found.first(raw: "6 đồng chí")?.measureColumn.hasPrefix("vu_viec") == true)
        #expect(figures("Trong tháng 11 đơn vị đã tổ chức 3 cuộc thanh tra.").first { $0.value == 11 } == nil)
        #expect(figures("Năm 2026 đã có 120 đơn.").first { $0.value == 2026 } == nil)
    }

    @Test("a section titled only 'Kiến nghị' holds the report's own proposals and types nothing")
    func ownProposalsSection() {
        let proposals = figures("Đề nghị tiếp tục giám sát 11 vụ việc chưa được giải quyết dứt điểm.", headings: [("V", "KIẾN NGHỊ")])
        #expect(proposals.first(raw: "11 vụ việc")?.typeColumn == "")
        let petitions = figures("Đã giải quyết 11 đơn thuộc thẩm quyền.", headings: [("3", "Kiến nghị, phản ánh")])
        #expect(petitions.first(raw: "11 đơn")?.typeColumn == "kien_nghi_phan_anh")
    }

    @Test("a paragraph's label opened by 'về' or 'đối với' may end at a comma; two types after it name none")
    func commaOpeningLabel() {
        let found = figures("Về tố cáo, kỳ trước chuyển sang 3 vụ việc, đã giải quyết 5 vụ việc.")
        #expect(found.first(raw: "5 vụ việc")?.typeColumn == "to_cao")
        let both = figures("Về khiếu nại, tố cáo, đã giải quyết 9 vụ việc.")
        #expect(both.first(raw: "9 vụ việc")?.typeColumn == "")
    }
}
