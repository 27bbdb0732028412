import DocumentModel
import Testing

@testable import Structure

@Suite("Document metadata")
struct MetadataTests {
    /// A gazette print of a decision: the gazette's running header, the issuer printed once
    /// more as a caption, the two header columns sharing text lines, the enacting authority.
    static let decision = """
        CÔNG BÁO/Số 77/Ngày 02-10-2025
        BỘ NÔNG NGHIỆP VÀ
        PHÁT TRIỂN NÔNG THÔN
        BỘ NÔNG NGHIỆP VÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        PHÁT TRIỂN NÔNG THÔN Độc lập - Tự do - Hạnh phúc
        Số: 845/QĐ-BNN Hà Nội, ngày 9 tháng 9 năm 2025
        QUYẾT ĐỊNH
        Về việc giao chỉ tiêu trồng rừng
        năm 2026 cho các tỉnh miền núi
        BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
        Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;
        QUYẾT ĐỊNH:
        Điều 1. Giao chỉ tiêu trồng rừng năm 2026 cho các tỉnh theo phụ lục kèm theo.
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
        KT. BỘ TRƯỞNG
        THỨ TRƯỞNG
        Lò Văn Thành
        """

    @Test("header: issuer without the caption, number and date on one line, type, subject")
    func gazetteHeader() throws {
        let document = PageFixtures.structureText(Self.decision)
        let meta = try #require(document.meta)
        #expect(meta.issuer == ["BỘ NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN"])
        #expect(meta.number == "845/QĐ-BNN")
        #expect(meta.place == "Hà Nội")
        #expect(meta.date?.iso == "2025-09-09")
        #expect(meta.type == "QUYẾT ĐỊNH")
        #expect(meta.subject == "Về việc giao chỉ tiêu trồng rừng năm 2026 cho các tỉnh miền núi")
        #expect(meta.signer == DocumentMetadata.Signer(authority: ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], name: "Lò Văn Thành"))
        #expect(meta.recipients == nil)
        // The gazette's header and the caption are furniture, not the title.
        #expect(document.title.first == "BỘ NÔNG NGHIỆP VÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(document.furniture.map(\.text).contains("PHÁT TRIỂN NÔNG THÔN"))
        #expect(document.title.last == "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN")
    }

    /// The gazette's section for treaties opens with its caption above the issuer, as the
    /// sections of laws and of other documents do: furniture, not the issuer's first line.
    @Test("a gazette's treaty section caption is furniture")
    func treatySectionCaption() throws {
        let document = PageFixtures.structureText(
            """
            CÔNG BÁO/Số 140/Ngày 02-03-2024
            ĐIỀU ƯỚC QUỐC TẾ
            BỘ NGOẠI GIAO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 07/2024/TB-LPQT Hà Nội, ngày 20 tháng 02 năm 2024
            THÔNG BÁO
            Về việc điều ước quốc tế có hiệu lực
            Thực hiện quy định của Luật Điều ước quốc tế, Bộ Ngoại giao trân trọng thông báo.
            """)
        let meta = try #require(document.meta)
        #expect(meta.issuer == ["BỘ NGOẠI GIAO"])
        #expect(meta.number == "07/2024/TB-LPQT")
        #expect(document.furniture.map(\.text).contains("ĐIỀU ƯỚC QUỐC TẾ"))
    }

    @Test("a report with the day left blank, its recipients and a name without authority")
    func reportWithBlankDay() throws {
        let document = PageFixtures.structureText(
            """
            ĐẢNG BỘ HUYỆN SÔNG MÂY ĐẢNG CỘNG SẢN VIỆT NAM
            BAN TUYÊN GIÁO
            *
            Số 41-BC/BTG Sông Mây, ngày   tháng 7 năm 2024
            BÁO CÁO
            Kết quả công tác tuyên giáo sáu tháng đầu năm
            Thực hiện Kế hoạch số 12-KH/HU, Ban Tuyên giáo báo cáo như sau:
            I. KẾT QUẢ
            Ban đã tổ chức 14 hội nghị quán triệt.
            Nơi nhận:
            - Thường trực Huyện ủy (b/c),
            - Các chi bộ trực thuộc,
            - Lưu; VT.
            Trần Minh Khoa
            """)
        let meta = try #require(document.meta)
        #expect(meta.issuer == ["ĐẢNG BỘ HUYỆN SÔNG MÂY", "BAN TUYÊN GIÁO"])
        #expect(meta.number == "41-BC/BTG")
        #expect(meta.place == "Sông Mây")
        #expect(meta.date?.iso == "2024-07")
        #expect(meta.subject == "Kết quả công tác tuyên giáo sáu tháng đầu năm")
        #expect(meta.recipients == ["Thường trực Huyện ủy (b/c)", "Các chi bộ trực thuộc", "Lưu: VT"])
        #expect(meta.signer == DocumentMetadata.Signer(authority: nil, name: "Trần Minh Khoa"))
    }

    @Test("the stamp printed in a scan's text layer gives the digital signature and leaves the text")
    func stampInTheText() throws {
        let document = PageFixtures.structureText(
            """
            Người ký: SỞ THÔNG TIN VÀ TRUYỀN THÔNG
            Email: stttt@example.vn
            Cơ quan: Ủy ban nhân dân tỉnh
            Thời gian ký: 05.08.2024 09:07:30 +07:00
            ỦY BAN NHÂN DÂN TỈNH
            Số: 18/TB-UBND
            THÔNG BÁO
            Lịch tiếp công dân tháng 8
            """)
        let signature = try #require(document.meta?.digitalSignature)
        #expect(signature.signer == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
        #expect(signature.organization == "Ủy ban nhân dân tỉnh")
        #expect(signature.time?.iso == "2024-08-05T09:07:30+07:00")
        #expect(document.meta?.issuer == ["ỦY BAN NHÂN DÂN TỈNH"])
        #expect(!document.title.contains { $0.text.hasPrefix("Người ký") })
        #expect(document.furniture.filter { $0.text.hasPrefix("Cơ quan:") }.count == 1)
    }

    @Test("a widget's stamp with an ISO date")
    func widgetStamp() throws {
        var page = PageFixtures.textPages(["CHÍNH PHỦ\nSố: 3/2025/NĐ-CP\nNGHỊ ĐỊNH\nQuy định về lưu trữ"])[0]
        page.signatureStamp = ["Ký bởi: CỔNG THÔNG TIN", "Cơ quan: VĂN PHÒNG", "Ngày ký: 2025-01-31 23:59:01 -05:30"]
        let signature = try #require(PageFixtures.structure([page]).meta?.digitalSignature)
        #expect(signature == DocumentMetadata.DigitalSignature(
            signer: "CỔNG THÔNG TIN", organization: "VĂN PHÒNG", time: SigningTime(iso: "2025-01-31T23:59:01-05:30")))
    }

    @Test("a joint document signed by several bodies has no single signer")
    func jointSignature() {
        let document = PageFixtures.structureText(
            """
            Số: 02/2024/TTLT-BYT-BTC
            THÔNG TƯ LIÊN TỊCH
            Hướng dẫn chi trả chế độ bồi dưỡng
            Căn cứ Luật Ngân sách nhà nước;
            Điều 1. Phạm vi điều chỉnh
            Điều 2. Hiệu lực thi hành
            KT. BỘ TRƯỞNG BỘ TÀI CHÍNH
            THỨ TRƯỞNG
            Hà Văn Bình
            KT. BỘ TRƯỞNG BỘ Y TẾ
            THỨ TRƯỞNG
            Đỗ Thị Mai
            """)
        #expect(document.meta?.type == "THÔNG TƯ LIÊN TỊCH")
        #expect(document.meta?.signer == nil)
    }

    @Test("in plain text the subject ends at the blank line before the body, whatever the body opens with")
    func subjectEndsAtTheBlankLine() throws {
        let notice = PageFixtures.structureText("""
            ỦY BAN NHÂN DÂN TỈNH AN GIANG MỚI

            Số: 77/TB-UBND

            THÔNG BÁO
            Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về công tác
            tiếp công dân quý III năm 2026

            Ngày 02/10/2026, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch kết luận như sau:

            I. KẾT QUẢ

            Các cơ quan đã tiếp 410 lượt công dân.
            """)
        #expect(notice.meta?.subject == "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về công tác tiếp công dân quý III năm 2026")
        let report = PageFixtures.structureText("""
            ỦY BAN NHÂN DÂN HUYỆN AN BÌNH

            Số: 15/BC-UBND

            BÁO CÁO
            Kết quả tiếp công dân năm 2026

            Năm 2026, huyện đã tiếp 120 lượt công dân.
            """)
        #expect(report.meta?.subject == "Kết quả tiếp công dân năm 2026")
        // A legal text's enacting authority, in capitals under a blank line, is still the header's.
        let circular = PageFixtures.structureText("""
            BỘ TÀI CHÍNH

            Số: 12/2026/TT-BTC

            THÔNG TƯ
            Quy định về tiếp nhận đơn khiếu nại

            BỘ TRƯỞNG BỘ TÀI CHÍNH

            Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;

            Điều 1. Phạm vi điều chỉnh
            """)
        #expect(circular.meta?.subject == "Quy định về tiếp nhận đơn khiếu nại")
        #expect(circular.title.map(\.text).last == "BỘ TRƯỞNG BỘ TÀI CHÍNH")
    }

    @Test("a text with no type line of its own: headings and titles in capitals issue nothing")
    func issuerWithoutATypeLine() throws {
        let sections = PageFixtures.structureText("""
            SỞ XÂY DỰNG TỈNH LAM NGUYÊN

            Năm 2026, Sở tiếp 214 lượt công dân.

            I. TÌNH HÌNH CHUNG

            Tình hình khiếu nại giảm so với năm trước.

            II. KẾT QUẢ TIẾP CÔNG DÂN

            Sở tiếp nhận 96 đơn.
            """)
        #expect(sections.meta?.issuer == ["SỞ XÂY DỰNG TỈNH LAM NGUYÊN"])
        let figuresTitle = PageFixtures.structureText("""
            THANH TRA HUYỆN MỸ LỘC
            SỐ LIỆU CÔNG TÁC QUÝ III NĂM 2026
            I. TIẾP CÔNG DÂN
            Tiếp 58 lượt công dân.
            """)
        #expect(figuresTitle.meta?.issuer == ["THANH TRA HUYỆN MỸ LỘC"])
        // The issuer and its title on one line, parted by a dash.
        let oneLine = PageFixtures.structureText("""
            UBND HUYỆN TÂY SƠN MỚI - BÁO CÁO CÔNG TÁC TIẾP CÔNG DÂN NĂM 2026
            Trong năm, huyện tiếp 300 lượt công dân.
            """)
        #expect(oneLine.meta?.issuer == ["UBND HUYỆN TÂY SƠN MỚI"])
        #expect(oneLine.meta?.type == "BÁO CÁO")
        #expect(oneLine.meta?.subject == "CÔNG TÁC TIẾP CÔNG DÂN NĂM 2026")
        let periodTitle = PageFixtures.structureText("""
            TÒA ÁN NHÂN DÂN TỈNH AN HẢI - KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI NĂM 2026
            Tòa án nhận 41 đơn.
            """)
        #expect(periodTitle.meta?.issuer == ["TÒA ÁN NHÂN DÂN TỈNH AN HẢI"])
        // A body whose name holds a dash keeps it: "LAO ĐỘNG - THƯƠNG BINH" is no title.
        let dashedName = PageFixtures.structureText("""
            SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH AN HẢI
            BÁO CÁO
            Tình hình khiếu nại của người lao động
            Thực hiện kế hoạch năm, Sở báo cáo như sau:
            """)
        #expect(dashedName.meta?.issuer == ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH AN HẢI"])
        #expect(dashedName.meta?.type == "BÁO CÁO")
    }

    @Test("a column's or headline's capitals issue nothing; a press release has its type")
    func headlineIsNoIssuer() throws {
        let column = PageFixtures.structureText("""
            HỘP THƯ BẠN ĐỌC

            Bạn đọc Lê Thị Huệ ở xã Tân Phong hỏi: gia đình tôi gửi 3 đơn kiến nghị mà chưa được trả lời.
            """)
        #expect(column.meta?.issuer == nil)
        let headline = PageFixtures.structureText("""
            GIÁM SÁT VIỆC GIẢI QUYẾT ĐƠN THƯ
            NGỌC LAN

            Sáng 4/11, đoàn giám sát của tỉnh làm việc với huyện Tân Phong về 120 đơn tồn đọng.
            """)
        #expect(headline.meta?.issuer == nil)
        let release = PageFixtures.structureText("""
            THÔNG CÁO BÁO CHÍ

            Kết quả tiếp công dân tháng 11 năm 2026 của tỉnh Lam Nguyên

            Trong tháng, các cơ quan của tỉnh tiếp 420 lượt công dân.
            """)
        #expect(release.meta?.issuer == nil)
        #expect(release.meta?.type == "THÔNG CÁO BÁO CHÍ")
        #expect(release.meta?.subject == "Kết quả tiếp công dân tháng 11 năm 2026 của tỉnh Lam Nguyên")
        // A body's name keeps its issuer without a type line, in either tone placement.
        let committee = PageFixtures.structureText("""
            UỶ BAN NHÂN DÂN XÃ TÂN PHONG

            Năm 2026, xã tiếp 85 lượt công dân.
            """)
        #expect(committee.meta?.issuer == ["UỶ BAN NHÂN DÂN XÃ TÂN PHONG"])
    }

    @Test("a text that is not an administrative document has empty metadata")
    func plainText() throws {
        let meta = try #require(PageFixtures.structureText("Ghi chép cuộc họp tổ dân phố.\nMọi người đồng ý.").meta)
        #expect(meta == DocumentMetadata())
    }
}

@Suite("Metadata lines")
struct MetadataLineTests {
    @Test func placeAndDate() {
        let line = PlaceDateLine("Hà Nội, ngày 23 tháng 02 năm 2026")
        #expect(line?.place == "Hà Nội")
        #expect(line?.date?.iso == "2026-02-23")
        #expect(line?.repaired == nil)
        #expect(PlaceDateLine("Bắc Giang, ngày … tháng … năm 2023")?.date?.iso == "2023")
        #expect(PlaceDateLine("ngày 05 tháng 4 năm 2024")?.place == nil)
        // A hidden digit glued to the year is not part of it, and leaves the line's text.
        let glued = PlaceDateLine("Hà Nội, ngày 23 tháng 02 năm 20264")
        #expect(glued?.date?.iso == "2026-02-23")
        #expect(glued?.repaired == "Hà Nội, ngày 23 tháng 02 năm 2026")
        #expect(PlaceDateLine("Trong tháng 5 năm nay, ngày làm việc tăng") == nil)
    }

    @Test func numbers() {
        #expect(NumberLine("Số: 372/QĐ-BTC")?.number == "372/QĐ-BTC")
        #expect(NumberLine("Luật số: 51/2024/QH15")?.number == "51/2024/QH15")
        #expect(NumberLine("Số:      /BC-UBND")?.number == "/BC-UBND")
        #expect(NumberLine("Số 7-CV/TU Lạng Sơn, ngày 1 tháng 2 năm 2020")?.rest == "Lạng Sơn, ngày 1 tháng 2 năm 2020")
        #expect(NumberLine("Số lượng đơn tăng 12%") == nil)
        #expect(NumberLine("Số: 01/2022/TTLT-BCA-")?.isCut == true)
    }

    @Test("OCR's specks before a stamp label, a space inside a number, a name run on after the title")
    func scannedSlips() {
        #expect(StampReader.field("2e, Ký bởi: CÔNG BÁO")?.value == "CÔNG BÁO")
        #expect(StampReader.field("Người ký kết hợp đồng: bên A") == nil)
        #expect(NumberLine("Số: 445 /NQ-CP Hà Nội, ngày 8 tháng 5 năm 2026")?.number == "445/NQ-CP")
        #expect(AuthorityLine.splitName("THỨ TRƯỞNG Nguyễn Đức Chi")?.name == "Nguyễn Đức Chi")
        let meta = PageFixtures.structureText(
            "«@®\nBỘ TÀI CHÍNH\nSố: 40 /QĐ-BTC\nQUYẾT ĐỊNH\nVề việc công bố danh mục\nCăn cứ Luật;\n"
                + "Điều 1. Công bố danh mục.\nĐiều 2. Hiệu lực.\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Đức Chi"
        ).meta
        #expect(meta?.issuer == ["BỘ TÀI CHÍNH"])
        #expect(meta?.number == "40/QĐ-BTC")
        #expect(meta?.signer == DocumentMetadata.Signer(authority: ["KT. BỘ TRƯỞNG THỨ TRƯỞNG"], name: "Nguyễn Đức Chi"))
    }

    @Test func stampTimes() {
        #expect(StampReader.time("2026-03-12 14:46:20 +07:00")?.iso == "2026-03-12T14:46:20+07:00")
        #expect(StampReader.time("07.01.2025 16:32:41 +07:00")?.iso == "2025-01-07T16:32:41+07:00")
        #expect(StampReader.time("07.01.2025") == nil)
    }

    @Test func authorityLinesAsTheyShouldRead() {
        #expect(AuthorityLine.cleaned("TM. ỦY, BAN NHÂN DÂN") == "TM. ỦY BAN NHÂN DÂN")
        #expect(AuthorityLine.cleaned("PHÓ THỦ TƯỚNGy]") == "PHÓ THỦ TƯỚNG")
        #expect(AuthorityLine.cleaned("TRƯỜNG BAN") == "TRƯỞNG BAN")
        #expect(AuthorityLine.cleaned("KT. CHU TICH") == "KT. CHỦ TỊCH")
        #expect(AuthorityLine.cleaned("TM. Ủy ban nhân dân") == "TM. Ủy ban nhân dân")
        #expect(!AuthorityLine.isTitle("Theo đề nghị của Bộ trưởng Bộ Nội vụ;"))
    }

    @Test func names() {
        #expect(PersonName.name(in: "Vi Thanh Quyền 3") == "Vi Thanh Quyền")
        #expect(PersonName.name(in: "Nơi nhận") == nil)
        #expect(PersonName.name(in: "Phạm Minh") == "Phạm Minh")
        #expect(PersonName.name(in: "Số liệu tổng hợp") == nil)
    }

    @Test("an official letter has no type line: its subject is the V/v line and its wrapped rest")
    func officialLetterSubject() throws {
        let document = PageFixtures.structureText(
            """
            ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            HUYỆN ĐÔNG ANH Độc lập - Tự do - Hạnh phúc
            Số: 318/UBND-TNMT Đông Anh, ngày 04 tháng 9 năm 2025
            V/v khắc phục sạt lở bờ kênh
            tiêu nước thôn Cổ Dương
            Kính gửi: Ủy ban nhân dân xã Tiên Dương.
            Ngày 28 tháng 8 năm 2025, mưa lớn làm sạt lở 40 m bờ kênh.
            """)
        let meta = try #require(document.meta)
        #expect(meta.subject == "V/v khắc phục sạt lở bờ kênh tiêu nước thôn Cổ Dương")
        #expect(meta.type == nil)
        #expect(meta.number == "318/UBND-TNMT")
        #expect(meta.issuer == ["ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG ANH"])
    }
}
