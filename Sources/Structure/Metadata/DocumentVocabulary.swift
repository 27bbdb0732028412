/// The words administrative documents are recognised by: their types, the national and
/// party mottos of the header, the number and date line, the signature block's authority
/// words and titles, the stamp's labels, the recipients' label. The one place the metadata
/// and legal-structure readers take them from.
enum DocumentVocabulary {
    /// Type lines as printed under the header (longest first, so "THÔNG TƯ LIÊN TỊCH" wins
    /// over "THÔNG TƯ").
    static let types = [
        "THÔNG TƯ LIÊN TỊCH", "NGHỊ QUYẾT LIÊN TỊCH", "QUYẾT ĐỊNH", "NGHỊ ĐỊNH", "NGHỊ QUYẾT", "THÔNG TƯ",
        "BỘ LUẬT", "LUẬT", "PHÁP LỆNH", "HIẾN PHÁP", "LỆNH", "CHỈ THỊ", "BÁO CÁO", "KẾ HOẠCH", "TỜ TRÌNH",
        "THÔNG BÁO", "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "QUY ĐỊNH", "QUY CHẾ", "ĐỀ ÁN", "PHƯƠNG ÁN", "BIÊN BẢN",
        "KẾT LUẬN", "CÔNG ĐIỆN", "CÔNG VĂN", "GIẤY MỜI", "DỰ ÁN", "QUY HOẠCH", "THỎA THUẬN",
        "THÔNG CÁO BÁO CHÍ", "THÔNG CÁO",
    ].sorted { $0.count > $1.count }

    /// Types whose body is laid out in articles ("Điều 1.") with chapters and clauses.
    static let legalTypes: Set<String> = [
        "THÔNG TƯ LIÊN TỊCH", "NGHỊ QUYẾT LIÊN TỊCH", "QUYẾT ĐỊNH", "NGHỊ ĐỊNH", "NGHỊ QUYẾT", "THÔNG TƯ",
        "BỘ LUẬT", "LUẬT", "PHÁP LỆNH", "HIẾN PHÁP", "LỆNH", "QUY ĐỊNH", "QUY CHẾ",
    ]

    /// The words the name of a body that issues documents opens with: the state's councils,
    /// committees, ministries, departments and courts, the party's committees, the units and
    /// firms under them ("SỞ XÂY DỰNG …", "UBND HUYỆN …", "THANH TRA TỈNH …"). A text with
    /// neither a type line nor a number or date has an issuer only where its first line in
    /// capitals names one: a column's or a headline's capitals ("HỘP THƯ BẠN ĐỌC") issue nothing.
    static let issuingBodies = [
        "ỦY BAN", "UBND", "UBMTTQ", "HỘI ĐỒNG", "HĐND", "QUỐC HỘI", "CHÍNH PHỦ", "CHỦ TỊCH", "THỦ TƯỚNG",
        "BỘ", "SỞ", "CỤC", "TỔNG CỤC", "CHI CỤC", "VỤ", "VIỆN", "BAN", "BCĐ", "BQL", "VĂN PHÒNG", "THANH TRA",
        "TÒA ÁN", "TAND", "VKSND", "KIỂM TOÁN", "KHO BẠC", "BẢO HIỂM XÃ HỘI", "BHXH", "CÔNG AN", "ĐỒN",
        "BỘ CHỈ HUY", "BỘ TƯ LỆNH", "QUÂN KHU", "ĐẢNG", "ĐẢNG ỦY", "ĐẢNG ĐOÀN", "BAN CÁN SỰ", "TỈNH ỦY",
        "THÀNH ỦY", "HUYỆN ỦY", "QUẬN ỦY", "THỊ ỦY", "MẶT TRẬN", "ĐOÀN", "LIÊN ĐOÀN", "TỔNG LIÊN ĐOÀN", "HỘI",
        "LIÊN HIỆP", "LIÊN MINH", "PHÒNG", "TRUNG TÂM", "TRƯỜNG", "ĐẠI HỌC", "HỌC VIỆN", "BỆNH VIỆN",
        "CÔNG TY", "TỔNG CÔNG TY", "TẬP ĐOÀN", "NGÂN HÀNG", "HỢP TÁC XÃ", "CƠ QUAN", "CẢNG VỤ", "ĐÀI",
        "TỔ", "NHÀ XUẤT BẢN",
    ]

    /// The right-hand column of the header: state and party mottos.
    static let mottos = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM",
    ]

    /// What the number follows: "Số:", "Số", "Luật số:".
    static let numberLabels = ["luật số", "bộ luật số", "pháp lệnh số", "nghị quyết số", "lệnh số", "số"]

    /// Parts of a document number written with "Đ", which a scan's text reads as "D"
    /// ("QD-BTC" is "QĐ-BTC"): the types (quyết định, nghị định, công điện, hợp đồng, đề án)
    /// and councils (HĐND, Đảng ủy).
    static let codePartsWithĐ = ["QĐ", "NĐ", "CĐ", "HĐ", "ĐA", "HĐND", "ĐU", "HĐTV", "HĐQT"]

    /// What an official letter (công văn), which has no type line, puts its subject after,
    /// under its number: "V/v tăng cường …" (về việc).
    static let letterSubjectLabels = ["V/v", "V/V"]

    /// The place-and-date line's words: "Hà Nội, ngày 23 tháng 02 năm 2026".
    static let dayWord = "ngày", monthWord = "tháng", yearWord = "năm"

    /// Words a body starts with after the title: the grounds, the occasion, the addressee.
    static let bodyOpeners = ["Thực hiện", "Căn cứ", "Kính gửi", "Theo "]

    /// Prefixes of a signature block's first lines: on behalf of ("TM."), deputising
    /// ("KT."), acting ("Q."), by order ("TL.", "TUQ.").
    static let authorityPrefixes = ["TM.", "T/M", "KT.", "K/T", "Q.", "TL.", "T/L", "TUQ.", "TM ", "KT "]

    /// Titles of those who sign, in capitals as printed; OCR misreadings are mended against them.
    static let signerTitles = [
        "PHÓ THỦ TƯỚNG", "THỦ TƯỚNG", "CHỦ TỊCH QUỐC HỘI", "CHỦ TỊCH NƯỚC", "PHÓ CHỦ TỊCH", "CHỦ TỊCH",
        "BỘ TRƯỞNG", "THỨ TRƯỞNG", "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN", "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC",
        "PHÓ TỔNG GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "PHÓ CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG", "PHÓ BÍ THƯ", "BÍ THƯ",
        "PHÓ CHÁNH ÁN", "CHÁNH ÁN", "PHÓ VIỆN TRƯỞNG", "VIỆN TRƯỞNG", "PHÓ CỤC TRƯỞNG", "CỤC TRƯỞNG",
        "PHÓ VỤ TRƯỞNG", "VỤ TRƯỞNG", "PHÓ CHỦ NHIỆM", "CHỦ NHIỆM", "PHÓ TRƯỞNG PHÒNG", "TRƯỞNG PHÒNG",
        "TỔNG KIỂM TOÁN NHÀ NƯỚC", "TỔNG THANH TRA", "CHÁNH THANH TRA", "THỐNG ĐỐC", "PHÓ THỐNG ĐỐC",
        "TỔNG CỤC TRƯỞNG", "TỔNG THƯ KÝ", "THỦ TRƯỞNG", "TRƯỞNG ĐOÀN",
    ].sorted { $0.count > $1.count }

    /// The recipients' label.
    static let recipientsLabel = "Nơi nhận"

    /// The last recipient, the archive copy: "Lưu: VT".
    static let archiveLabels = ["Lưu"]

    /// Two-word lines of a closing that are not a signer's name.
    static let closingPhrases = ["Nơi nhận", "Ghi chú", "Kính gửi", "Xác nhận"]

    /// Labels of a digital signature's stamp, by what they introduce.
    static let stampSignerLabels = ["Ký bởi", "Người ký"]
    static let stampOrganizationLabels = ["Cơ quan", "Tổ chức"]
    static let stampTimeLabels = ["Ngày ký", "Thời gian ký"]
    static let stampOtherLabels = ["Email"]
}
