/// What a figure counts or measures, read from the words right after the numeral.
enum UnitLexicon {
    /// Units of several words. A unit is the longest phrase that matches, so they are tried
    /// longest first: "lượt công dân" wins over "lượt" and "đơn vị" over "đơn".
    static let phrases: [[String]] = [
        ["ý", "kiến", ",", "kiến", "nghị"], ["kiến", "nghị", ",", "phản", "ánh"], ["kiến", "nghị", ",", "đề", "xuất"],
        ["ý", "kiến"], ["kiến", "nghị"], ["khiếu", "nại"], ["tố", "cáo"], ["phản", "ánh"], ["kntc"], ["pakn"], ["knpa"], ["lượt", "cử", "tri"], ["lượt", "đoàn"], ["lượt", "đoàn", "viên"],
        ["lượt", "công", "dân"], ["lượt", "người"], ["lượt", "cán", "bộ"], ["lượt", "ý", "kiến"],
        ["đơn", "vị"], ["đơn", "thư"], ["lá", "đơn"], ["bức", "thư"], ["lá", "thư"], ["đơn", ",", "thư"], ["vụ", "việc"], ["vụ", "án"],
        ["hội", "nghị"], ["mô", "hình"], ["đảng", "viên"], ["tổ", "chức"], ["cơ", "quan"], ["văn", "bản"],
        ["công", "dân"], ["cán", "bộ"], ["trường", "hợp"], ["hồ", "sơ"], ["thủ", "tục"], ["dịch", "vụ"],
        ["điểm", "cầu"], ["chi", "bộ"], ["đảng", "bộ"], ["tỷ", "đồng"], ["tỉ", "đồng"], ["triệu", "đồng"],
        ["nghìn", "đồng"], ["ngàn", "đồng"], ["trẻ", "em"], ["học", "sinh"], ["lao", "động"], ["doanh", "nghiệp"],
        ["thành", "phố"], ["thành", "phần"], ["thành", "viên"], ["thị", "trấn"], ["thị", "xã"], ["tố", "giác"],
        ["tin", "báo"], ["mã", "số"], ["cá", "nhân"], ["tập", "thể"], ["thủ", "trưởng"],
        ["chức", "danh"], ["đảng", "đoàn"], ["ban", "cán", "sự"], ["dân", "tộc"], ["nhóm", "đối", "tượng"],
        ["đối", "tượng"], ["đoàn", "công", "tác"], ["đoàn", "giám", "sát"], ["đoàn", "kiểm", "tra"], ["câu", "hỏi"],
        ["dự", "án"], ["công", "trình"], ["trường", "học"], ["giấy", "phép"], ["người", "dân"], ["hộ", "dân"],
        ["hộ", "nghèo"], ["biên", "chế"], ["đồng", "chí"], ["đại", "biểu"], ["cử", "tri"], ["hội", "viên"],
        ["đoàn", "viên"], ["phòng", "ban"], ["sáng", "kiến"], ["tuyến", "đường"],
        // "ban hành 48 kết luận thanh tra": conclusions, each of one inspection.
        MeasureClassifier.conclusion,
    ].sorted { $0.count > $1.count }

    /// Units a report counts things in; a four-digit numeral before one of them is a count, not a year.
    static let countUnits: Set<String> = [
        "đơn", "lượt", "vụ", "cuộc", "người", "hộ", "mô", "xã", "thôn", "ha", "tấn", "đồng", "ý", "hội", "văn",
        "trường", "hồ", "thẻ", "ca", "km", "m", "m²", "km²", "m2", "km2", "cơ", "đảng", "tổ", "cán", "công", "lao", "học",
    ]

    static func isCountUnit(_ word: String) -> Bool { countUnits.contains(word) }

    /// Nouns that name a measured quantity whose unit a table header may leave unsaid ("Số
    /// tiền", "Tiền bồi thường", "Diện tích", "Giá trị", "Kinh phí"): money and land are never
    /// petitions, visits or persons.
    static let measuredQuantities: [[String]] = [["tiền"], ["diện", "tích"], ["giá", "trị"], ["kinh", "phí"]]

    /// Units only ever counted in whole numbers.
    static let wholeCountUnits: Set<String> = [
        "đơn", "đơn thư", "lá đơn", "vụ", "vụ việc", "lượt", "lượt người", "lượt công dân", "lượt cán bộ", "lượt ý kiến", "cuộc",
        "người", "hộ", "hội nghị", "công dân", "trường hợp", "hồ sơ",
    ]

    /// Whether a unit is a petition noun itself ("đơn", "đơn thư", "lá đơn", "thư"), not a type
    /// word ("120 khiếu nại") or a visit.
    static func namesPetitions(_ unit: String) -> Bool {
        unit.hasPrefix("đơn") || ["lá đơn", "thư", "bức thư", "lá thư"].contains(unit)
    }

    /// Units that count petitions or citizens received and nothing else.
    static let petitionUnits: Set<String> = ["đơn", "đơn thư", "lá đơn", "lượt công dân"]

    /// First words of the units petition figures count in: a numeral before one is a count even
    /// after a word that names documents or ordinals.
    static let petitionCountWords: Set<String> = ["đơn", "vụ", "lượt", "cuộc", "đoàn"]

    /// Words that never name a unit: after "có 5 và" the unit is missing, not "và".
    static let notUnits: Set<String> = [
        "và", "của", "là", "đã", "được", "với", "trong", "có", "đến", "từ", "tại", "theo", "cho", "so", "bằng",
        "đạt", "trên", "dưới", "gồm", "thì", "mà", "nhưng", "hoặc", "còn", "này", "đó", "các", "những", "như",
        "khi", "nếu", "thuộc", "về", "do", "vì", "sau", "trước", "tới", "kể", "hay",
        // "từ 71 lên 139 đơn": the link of a change's two ends, the unit is the later end's.
        "lên", "xuống",
    ]

    /// The unit phrase starting at `index`: the number of tokens it spans and its text.
    static func unit(at index: Int, in tokens: [Token]) -> (length: Int, text: String)? {
        guard index < tokens.count else { return nil }
        let first = tokens[index]
        if first.is("%") { return (1, "%") }
        guard first.isWord else { return nil }
        for phrase in phrases where index + phrase.count <= tokens.count {
            let words = tokens[index..<(index + phrase.count)].map(\.lower)
            if words == phrase {
                // "đơn, thư" is one unit written with a comma; the comma does not belong in it.
                return (phrase.count, phrase.filter { $0 != "," }.joined(separator: " "))
            }
        }
        if notUnits.contains(first.lower) || first.isCapitalized && first.text.count > 1 && !first.text.hasSuffix("²") {
            return nil
        }
        return (1, first.lower)
    }
}
