/// Reads who or where a figure belongs to: "cấp huyện" in "cấp huyện tiếp nhận 463 đơn",
/// "Chủ tịch UBND các huyện, thành phố" in "Chủ tịch UBND các huyện, thành phố tiếp 1.045 lượt".
enum ScopeReader {
    /// Words that open an adverbial part ("Trong 6 tháng đầu năm,", "Qua rà soát,"), never a scope.
    static let adverbialOpeners: Set<String> = [
        "trong", "từ", "đến", "qua", "sau", "tính", "năm", "hiện", "ngoài", "bên", "theo", "tuy", "do", "nhờ",
        "với", "để", "khi", "nhìn", "riêng", "cụ", "như",
        // "Về tiếp công dân: Thanh tra tỉnh đã tiếp …": a topic label, not who acted; so is
        // "Đối với 64 đơn …," / "Đối với các đơn đã chuyển, Đoàn …".
        "về", "đối",
    ]
    /// Words that open a clause without naming who acts.
    static let leadingFillers: [[String]] = [
        ["trong", "đó", "có"], ["trong", "đó"], ["tổng", "số"], ["đến", "nay"], ["hiện", "nay"], ["đồng", "thời"],
        ["và"], ["còn"], ["có"], ["riêng"], ["qua"],
    ]
    /// Prepositions of place that open a label before a colon: "Tại huyện Tân Phước: 40 đơn" is the
    /// district's. (Before a comma "Tại hội nghị," is an adverbial, no scope.)
    static let labelPlacePrepositions: Set<String> = ["tại", "ở"]
    /// Verbs that end the noun phrase naming who acts: "huyện tổ chức 25 hội nghị" is "huyện".
    static let enders: [[String]] = [
        ["tổ", "chức"], ["thu", "hút"], ["triển", "khai"], ["thực", "hiện"], ["ban", "hành"], ["xây", "dựng"],
        ["kiểm", "tra"], ["rà", "soát"], ["thành", "lập"], ["tiến", "hành"], ["bố", "trí"], ["phê", "duyệt"],
        ["chỉ", "đạo"], ["duy", "trì"], ["phối", "hợp"], ["làm", "việc"], ["giải", "quyết"], ["xử", "lý"],
        ["thu", "hồi"], ["trả", "lại"], ["sáp", "nhập"], ["kết", "luận"], ["có"], ["tiếp"], ["nhận"], ["đạt"], ["là"], ["gồm"],
    ]
    /// Offices whose name holds a verb of the clause ("tiếp"): read whole where the name is not
    /// told by its capitals ("BAN TIẾP CÔNG DÂN TỈNH ĐÃ TIẾP 214 LƯỢT"; in sentence case "Ban
    /// Tiếp công dân" keeps its capitalised verb).
    static let officesNamedByVerb: [[String]] = [
        ["ban", "tiếp", "công", "dân"], ["trụ", "sở", "tiếp", "công", "dân"], ["phòng", "tiếp", "công", "dân"],
    ]
    /// The word a photo's caption or credit opens with ("Ảnh: Minh Anh", "(Ảnh 1/5)"): a caption
    /// is never a scope.
    static let photoWord = "ảnh"
    static let trailingFillers: Set<String> = [
        "đã", "được", "có", "đều", "thì", "là", "cũng", "vẫn", "mới", "lại", "hiện", "và", "với", "của",
    ]
    /// First words of the bodies, offices and places a scope names.
    static let heads: Set<String> = [
        "cấp", "huyện", "xã", "tỉnh", "thành", "phường", "thị", "quận", "thôn", "toàn", "ubnd", "hđnd", "ủy",
        "chủ", "phó", "ban", "sở", "các", "cơ", "thanh", "công", "đoàn", "văn", "giám", "phòng", "tòa", "viện",
        "bộ", "lãnh", "người", "thường", "trụ", "trung", "đảng", "mttq", "hội", "cục", "chi", "tổ", "tp", "ngành",
        "chính", "đại", "bí", "tỉnh ủy", "huyện ủy", "thủ",
    ]

    /// `afterFigure`: the window starts right after another figure, whose subject runs on up to
    /// the first comma ("08 cuộc thanh tra, kiểm tra … đối với 24 cơ quan"); that part is no scope.
    static func scope(in tokens: [Token], before end: Int, from start: Int, afterFigure: Bool = false, maxWords: Int = 10) -> String {
        // "huyện Yên Lạc chỉ còn 22 đơn": "chỉ" goes with the "còn" after it, not with the name.
        var end = end
        if end > start, PredicateMatcher.matches(PeriodFigures.fallenLink, tokens, at: end - 1) { end -= 1 }
        guard start < end else { return "" }
        // "trên địa bàn huyện X có 05 vụ việc": the place named after "địa bàn" is the scope.
        if let place = (start..<(end - 1)).first(where: { PredicateMatcher.matches(["địa", "bàn"], tokens, at: $0) }) {
            let named = clean([Array(tokens[(place + 2)..<end])], maxWords: maxWords)
            if !named.isEmpty { return named }
        }
        // "huyện: 05 đơn": the label before a colon is the scope itself.
        if tokens[end - 1].is(":") {
            let labelStart = tokens[start..<(end - 1)].lastIndex(where: { $0.is(",") || $0.is("(") || $0.is(";") || $0.is(":") })
            var label = Array(tokens[(labelStart.map { $0 + 1 } ?? start)..<(end - 1)])
            if let first = label.first, labelPlacePrepositions.contains(first.lower) { label.removeFirst() }
            return clean([label], maxWords: maxWords)
        }
        var parts: [[Token]] = [[]]
        var depth = 0
        for token in tokens[start..<end] {
            if token.is("(") { depth += 1 } else if token.is(")") { depth = max(0, depth - 1) }
            if token.is(",") || token.is(":") {
                parts.append([])
            } else if depth == 0, token.isWord || token.isNumber {
                parts[parts.count - 1].append(token)
            }
        }
        if afterFigure { parts.removeFirst() }
        // "Ảnh: Quang Huy Đã có 96 đơn": a photo's credit, its word and the name after its colon,
        // run into the text by a scrape.
        if let photo = parts.lastIndex(where: { $0.count == 1 && $0[0].lower == photoWord }) {
            parts.removeSubrange(...min(parts.count - 1, photo + 1))
        }
        // Keep the parts after the last adverbial one: "Trong 6 tháng đầu năm 2020, toàn tỉnh đã".
        if let last = parts.lastIndex(where: { part in
            part.contains(where: \.isNumber) || part.first.map { adverbialOpeners.contains($0.lower) } ?? false
        }) {
            parts.removeSubrange(...last)
        }
        return clean(parts.filter { !$0.isEmpty }, maxWords: maxWords)
    }

    private static func clean(_ parts: [[Token]], maxWords: Int) -> String {
        var parts = parts
        guard !parts.isEmpty else { return "" }
        for filler in leadingFillers where parts[0].count >= filler.count && parts[0].prefix(filler.count).map(\.lower) == filler {
            parts[0].removeFirst(filler.count)
            break
        }
        // Cut at the first verb after the first word, across parts.
        var kept: [[Token]] = []
        var seen = 0
        cutting: for part in parts {
            var keptPart: [Token] = []
            let lowered = part.map(\.lower)
            for (index, word) in part.enumerated() {
                let following = lowered[index...]
                // A capitalised verb belongs to a name ("Ban Tiếp công dân"), not to the clause.
                if seen > 0, !word.isCapitalized, enders.contains(where: { following.starts(with: $0) }),
                    !inOfficeName(index, lowered[...])
                {
                    kept.append(keptPart)
                    break cutting
                }
                keptPart.append(word)
                seen += 1
            }
            kept.append(keptPart)
        }
        kept = kept.filter { !$0.isEmpty }
        while let last = kept.last?.last, trailingFillers.contains(last.lower) {
            kept[kept.count - 1].removeLast()
            if kept[kept.count - 1].isEmpty { kept.removeLast() }
        }
        let words = kept.flatMap { $0 }
        guard let first = words.first, words.count <= maxWords, !words.contains(where: \.isNumber), isScopeHead(first, words) else {
            return ""
        }
        return kept.map { $0.map(\.text).joined(separator: " ") }.joined(separator: ", ")
    }

    /// Whether the word at `index` stands inside an office's name that holds a verb.
    static func inOfficeName(_ index: Int, _ words: ArraySlice<String>) -> Bool {
        officesNamedByVerb.contains { name in
            (max(words.startIndex, index - name.count + 1)...index).contains { start in words[start...].starts(with: name) }
        }
    }

    /// A body or office ("Chủ tịch UBND tỉnh", "cấp xã") or a proper name ("Yên Thế", "TP Bắc
    /// Giang"). In a sentence in capitals no capital tells a name: "YÊN LẠC TIẾP NHẬN" and "KẾT
    /// QUẢ 10 NĂM" look alike, so only a body or office is read there.
    /// A petition noun alone ("Đơn đủ điều kiện xử lý là 2.467 đơn") is capitalised by its
    /// place at the sentence's start, not by a name ("Đơn Dương" is a district's).
    private static func isScopeHead(_ first: Token, _ words: [Token]) -> Bool {
        if heads.contains(first.lower) { return true }
        if words.count == 1, UnitLexicon.namesPetitions(first.lower) { return false }
        return words.allSatisfy { $0.isCapitalized || $0.lower == "và" }
    }
}
