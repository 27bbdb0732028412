/// Verb phrases that say what happened to counted petitions, cases or citizens.
enum PredicateLexicon {
    struct Entry: Sendable {
        var words: [String]
        var predicate: Predicate
        /// The counted things the phrase speaks of; empty means all.
        var things: Set<CountedThing> = []
    }

    static let entries: [Entry] = [
        Entry(words: ["tiếp", "nhận"], predicate: .received),
        Entry(words: ["nhận"], predicate: .received),
        Entry(words: ["nhận", "thức"], predicate: .ignored),
        Entry(words: ["nhận", "xét"], predicate: .ignored),
        Entry(words: ["ghi", "nhận"], predicate: .ignored),
        // "hệ thống đã ghi nhận 9.417 phản ánh, kiến nghị": petitions a portal or a register
        // records are the ones that came in (what a meeting records stays its own).
        Entry(words: ["ghi", "nhận"], predicate: .received, things: [.petitions]),
        // "Trong số 185 đơn … nêu trên có 142 đơn khiếu nại": "aforementioned" raises nothing.
        Entry(words: ["nêu", "trên"], predicate: .ignored),
        // "phân loại đơn được nêu cụ thể: đơn khiếu nại: 186": what a report states is no proposal.
        Entry(words: ["được", "nêu"], predicate: .ignored),
        // "công nhận khiếu nại đúng một phần": a ruling on a complaint, nothing received.
        Entry(words: ["công", "nhận"], predicate: .ignored),
        Entry(words: ["phát", "hiện"], predicate: .found),
        Entry(words: ["phát", "sinh"], predicate: .received, things: [.cases, .petitions]),
        Entry(words: ["tổng", "hợp"], predicate: .received, things: [.opinions, .petitions]),
        Entry(words: ["thụ", "lý"], predicate: .inJurisdiction),
        Entry(words: ["thụ", "lý", "giải", "quyết"], predicate: .inJurisdiction),
        Entry(words: ["không", "thuộc", "thẩm", "quyền"], predicate: .outsideJurisdiction),
        Entry(words: ["không", "thuộc", "thẩm", "quyền", "giải", "quyết"], predicate: .outsideJurisdiction),
        Entry(words: ["không", "đủ", "điều", "kiện"], predicate: .ineligible),
        Entry(words: ["không", "đủ", "điều", "kiện", "xử", "lý"], predicate: .ineligible),
        Entry(words: ["không", "đủ", "điều", "kiện", "giải", "quyết"], predicate: .ineligible),
        Entry(words: ["xử", "lý"], predicate: .processed, things: [.petitions]),
        Entry(words: ["chuyển"], predicate: .forwarded, things: [.petitions]),
        Entry(words: ["chuyển", "đơn"], predicate: .forwarded, things: [.petitions]),
        Entry(words: ["chuyển", "sang"], predicate: .ignored),
        Entry(words: ["hướng", "dẫn"], predicate: .guided, things: [.petitions]),
        // "hướng dẫn, trả lời 201 đơn": the answer is the guidance given to the citizen, not a
        // resolution of the petition.
        Entry(words: ["hướng", "dẫn", ",", "trả", "lời"], predicate: .guided, things: [.petitions]),
        Entry(words: ["hướng", "dẫn", "và", "trả", "lời"], predicate: .guided, things: [.petitions]),
        Entry(words: ["lưu"], predicate: .archived, things: [.petitions]),
        Entry(words: ["lưu", "đơn"], predicate: .archived, things: [.petitions]),
        // Duplicates, anonymous and unsigned petitions are filed away without processing.
        Entry(words: [duplicate], predicate: .archived, things: [.petitions]),
        Entry(words: [duplicate, "lặp"], predicate: .archived, things: [.petitions]),
        Entry(words: ["nêu"], predicate: .proposed, things: [.opinions, .petitions]),
        Entry(words: ["đưa", "ra"], predicate: .proposed, things: [.opinions, .petitions]),
        Entry(words: ["đề", "xuất"], predicate: .proposed, things: [.opinions, .petitions]),
        // "các hiệp hội đã gửi 10 thư kiến nghị tới Chính phủ": what a body sends is its own,
        // what citizens send ("người dân gửi 45 đơn") or a body passes on for them ("gửi 95 kiến
        // nghị của cử tri") is received.
        Entry(words: sendingVerb, predicate: .proposed, things: [.opinions, .petitions]),
        // "Viện kiểm sát đã ban hành 7 kiến nghị": recommendations a body issues itself.
        Entry(words: ["ban", "hành"], predicate: .proposed, things: [.opinions, .petitions]),
        // "kết luận 2 cuộc"; the party inspection's "Đã kết luận 11 đồng chí", "đã xem xét 5 trường
        // hợp": a case concluded is resolved; so is a petition ("đã xác minh, kết luận 39 đơn"),
        // as "58 đơn đã được xác minh, kết luận" after it (`following`).
        Entry(words: ["kết", "luận"], predicate: .resolved, things: [.sessions, .cases, .petitions]),
        Entry(words: ["xem", "xét"], predicate: .resolved, things: [.cases]),
        // Work done, whatever it was: enough to tell a result from a plan named before it.
        Entry(words: ["triển", "khai"], predicate: .other, things: [.sessions]),
        Entry(words: ["tiến", "hành"], predicate: .other, things: [.sessions]),
        Entry(words: ["thực", "hiện"], predicate: .other, things: [.sessions]),
        Entry(words: ["tổ", "chức"], predicate: .other, things: [.sessions]),
        Entry(words: ["còn"], predicate: .pending),
        Entry(words: ["còn", "lại"], predicate: .pending),
        Entry(words: ["tồn", "đọng"], predicate: .pending),
        // "Tồn chuyển sang năm 2027: 12 vụ việc": carried over unresolved.
        Entry(words: ["tồn", "chuyển", "sang"], predicate: .pending),
        // "106 đơn quá hạn chưa giải quyết", "31 đơn quá hạn giải quyết": overdue is not handled.
        Entry(words: ["quá", "hạn"], predicate: .pending),
        Entry(words: ["phản", "ánh"], predicate: .received, things: [.cases]),
        Entry(words: jurisdiction, predicate: .inJurisdiction),
        Entry(words: jurisdiction + ["giải", "quyết"], predicate: .inJurisdiction),
        Entry(words: ["đủ", "điều", "kiện"], predicate: .inJurisdiction),
        Entry(words: ["đủ", "điều", "kiện", "xử", "lý"], predicate: .inJurisdiction),
        Entry(words: ["đủ", "điều", "kiện", "giải", "quyết"], predicate: .inJurisdiction),
        Entry(words: ["xử", "lý", "xong"], predicate: .resolved),
        // "Ban đã xử lý xong 1.198 đơn": petitions are processed (classified, sent on, answered),
        // which resolves none of them; cases "xử lý xong" are settled.
        Entry(words: ["xử", "lý", "xong"], predicate: .processed, things: [.petitions]),
        Entry(words: ["đã", "xong"], predicate: .resolved),
        Entry(words: ["hoàn", "thành"], predicate: .resolved, things: [.cases]),
        // "hòa giải thành 23 vụ việc tranh chấp đất đai": disputes settled by mediation.
        Entry(words: ["hòa", "giải", "thành"], predicate: .resolved, things: [.cases]),
        // "hướng dẫn khởi kiện ra Tòa án 4 vụ việc": cases sent on to a court, no state of their own.
        Entry(words: ["hướng", "dẫn", "khởi", "kiện"], predicate: .guided, things: [.cases]),
        Entry(words: ["cơ", "bản", "xong"], predicate: .other),
        Entry(words: ["cơ", "bản", "giải", "quyết"], predicate: .other),
        Entry(words: ["giải", "quyết", "cơ", "bản", "xong"], predicate: .other),
        Entry(words: ["rà", "soát"], predicate: .other, things: [.cases]),
        Entry(words: ["tiếp"], predicate: .visited, things: [.visits, .persons, .cases, .delegations]),
        Entry(words: ["tiếp", "nhận"], predicate: .visited, things: [.visits, .persons, .delegations]),
        Entry(words: ["tiếp", "dân"], predicate: .visited, things: [.visits, .persons, .cases, .delegations]),
        Entry(words: ["tiếp", "công", "dân"], predicate: .visited, things: [.visits, .persons, .cases, .delegations]),
        // "Số người được tiếp: 265 người": the passive before a line's ":" receives (a "tiếp :"
        // alone goes on with a talk).
        Entry(words: ["được", "tiếp", ":"], predicate: .visited, things: [.visits, .persons, .cases, .delegations]),
        Entry(words: ["sẽ"], predicate: .planned),
        Entry(words: ["dự", "kiến"], predicate: .planned),
        // A hope is no result: "đại biểu kỳ vọng nhiều hơn 1 cuộc thanh tra".
        Entry(words: ["kỳ", "vọng"], predicate: .planned),
        Entry(words: ["kì", "vọng"], predicate: .planned),
        Entry(words: ["kế", "hoạch"], predicate: .planned, things: [.sessions]),
        Entry(words: ["tăng"], predicate: .change),
        Entry(words: ["giảm"], predicate: .change),
        Entry(words: ["tăng", "cường"], predicate: .ignored),
        // A web page's font-size buttons ("Tăng cỡ chữ Giảm cỡ chữ 109/139 ý kiến …"): no change.
        Entry(words: ["tăng", "cỡ", "chữ"], predicate: .ignored),
        Entry(words: ["giảm", "cỡ", "chữ"], predicate: .ignored),
        Entry(words: ["nhiều", "hơn"], predicate: .change),
        Entry(words: ["ít", "hơn"], predicate: .change),
        // "cao hơn 35 đơn so với năm 2025", "thấp hơn 22 đơn": a comparative is a change.
        Entry(words: ["cao", "hơn"], predicate: .change),
        Entry(words: ["thấp", "hơn"], predicate: .change),
        Entry(words: ["đón", "tiếp"], predicate: .ignored),
        Entry(words: ["trực", "tiếp"], predicate: .ignored),
        Entry(words: ["gián", "tiếp"], predicate: .ignored),
        Entry(words: ["kế", "tiếp"], predicate: .ignored),
    ] + (continuingTiep + notReceiving).map { Entry(words: $0, predicate: .ignored) }
        // "hướng dẫn người gửi 39 đơn", "giải thích, hướng dẫn người dân gửi 141 đơn": the sender
        // is whom the guidance went to, not a sending verb.
        + guidedSenders.map { Entry(words: ["hướng", "dẫn"] + $0 + sendingVerb, predicate: .guided, things: [.petitions]) }
        + resolvingVerbs.map { Entry(words: $0.words, predicate: .resolved, things: $0.things) }
        // "đang thẩm tra, xác minh 28 đơn", "đang xem xét 12 đơn": an inquiry under way.
        + inquiryVerbs.map { Entry(words: [ongoing] + $0, predicate: .pending, things: [.petitions, .cases]) }
        + archiveReasons.map { Entry(words: $0, predicate: .archived, things: [.petitions]) }

    /// Words made with "tiếp" that receive nobody: "nổ bom liên tiếp … 5 người thiệt mạng",
    /// "tiếp đến là 350.000 người Nepal", "Cổng giao tiếp điện tử … 100.000 người cho ý kiến",
    /// "tiếp dầu", "đoàn quân tiếp liệu". A "tiếp" that goes on with a talk ("nói tiếp:",
    /// "thương lượng tiếp về 3 người") continues it.
    static let notReceiving: [[String]] = [
        ["liên", "tiếp"], ["giao", "tiếp"], ["tiếp", "diễn"], ["tiếp", "đến"], ["tiếp", "đó"], ["tiếp", "sau"],
        ["tiếp", "nối"], ["tiếp", "dầu"], ["tiếp", "liệu"], ["tiếp", "tế"], ["tiếp", "nhiên"], ["tiếp", "xăng"],
        ["tiếp", "sức"], ["tiếp", "giáp"], ["tiếp", "quản"], ["tiếp", "viên"], ["tiếp", "máu"], ["tiếp", "tay"],
        ["tiếp", "bước"], ["tiếp", "ứng"], ["tiếp", "khách"], ["tiếp", "về"], ["tiếp", ":"],
    ]

    /// Verbs of looking into a petition or a case before deciding on it. Under "đang" they say it
    /// is still pending ("đang thẩm tra, xác minh 28 đơn"), and a tense before a chain of them is
    /// the tense of the verb after ("đang tiếp tục xem xét giải quyết 538 vụ việc").
    static let inquiryVerbs: [[String]] = [["xem", "xét"], ["thẩm", "tra"], ["xác", "minh"]]

    /// The word that says something is under way.
    static let ongoing = "đang"

    /// What is done only to petitions: a numeral right after such a verb counts petitions even
    /// without a unit ("chuyển đơn 164; hướng dẫn 58; lưu đơn 219").
    static let petitionHandling: Set<Predicate> = [.forwarded, .guided, .archived]

    /// Sending is the figure's verb only right before its numeral: "hướng dẫn công dân gửi đơn
    /// đến cơ quan có thẩm quyền 1.214 đơn" guided the citizens, who send.
    static let sendingVerb = ["gửi"]

    /// Who sends letters of their own, opening the clause of the sending verb: a person by title
    /// ("Ông Tâm"), one who is described ("bà Mai, người đã gửi"), a family, a group of households
    /// ("các hộ"). Citizens at large ("người dân gửi 3.116 phản ánh") are read before them.
    static let ownSenders: [[String]] = MeasureClassifier.personalTitles.sorted().map { [$0] } + [["người"], ["gia", "đình"], ["các", "hộ"]]

    /// Who sends the petitions a body guides: "hướng dẫn người gửi", "hướng dẫn công dân gửi".
    static let guidedSenders: [[String]] = [["người"], ["người", "dân"], ["công", "dân"], ["nhân", "dân"]]

    /// Words that open a sentence's main clause after a "khi"/"nếu" clause: a verb before them
    /// is not the verb of a figure after them.
    static let mainClauseOpeners: Set<String> = ["thì"]

    /// What a verb before "N đơn thuộc thẩm quyền" may say happened to them.
    static let outcomes: Set<Predicate> = [.resolved, .pending, .processed, .forwarded, .toResolve]

    /// Nouns of what is passed on that, followed by "do", name who passed it: "Số đơn do các cơ
    /// quan Trung ương chuyển đến là 1.263 đơn", "vụ việc do cấp trên chuyển về" were received
    /// from them, not forwarded.
    static let passedOnNouns: Set<String> = ["đơn", "thư", "việc", "nghị", "ánh"]

    /// Whether the "chuyển" at `verb` has its sender named before it with "do" right after the
    /// counted noun ("đơn do … chuyển đến"): the figure was received. "do" after any other word
    /// ("do không thuộc thẩm quyền nên chuyển") gives a reason. The noun's type words may stand
    /// between ("Số đơn tố cáo do cấp trên chuyển về").
    static func passedOnBySender(verb: Int, in tokens: [Token], from start: Int) -> Bool {
        let reach = max(start, verb - senderReach)
        guard let agent = tokens[reach..<verb].lastIndex(where: { $0.lower == agentMarker }), agent > 0 else { return false }
        var noun = agent - 1
        while noun > 0, !passedOnNouns.contains(tokens[noun].lower),
            tokens[noun].isWord && TypeReader.isTypeWord(tokens[noun].lower) || tokens[noun].is(",")
        {
            noun -= 1
        }
        guard passedOnNouns.contains(tokens[noun].lower) else { return false }
        return !tokens[agent..<verb].contains { $0.is(";") || $0.is(":") || $0.is(".") || $0.isNumber }
    }

    /// "do" after a counted noun names who did what the count undergoes: "17 đơn do Bộ Y tế chuyển về".
    static let agentMarker = "do"

    /// Words that, right after "chuyển", say the petitions came this way: "chuyển đến", "chuyển về".
    static let towardsHere: Set<String> = ["đến", "về", "tới"]

    /// Whether "chuyển đến" / "chuyển về" stands right before the figure, with no destination
    /// between: "Bộ Công Thương chuyển đến 31 đơn" passed them to the body reporting, which
    /// received them; a forwarding names where they went ("chuyển 40 đơn đến Thanh tra huyện",
    /// "chuyển đến cơ quan có thẩm quyền 40 đơn"). A qualifier may stand before the numeral.
    static func passedHere(verb: Range<Int>, figureAt end: Int, in tokens: [Token]) -> Bool {
        guard tokens[verb].map(\.lower) == ["chuyển"], verb.upperBound < tokens.count,
            towardsHere.contains(tokens[verb.upperBound].lower)
        else { return false }
        var next = verb.upperBound + 1
        while next < min(end, tokens.count), FigureRecognizer.qualifiers.contains(tokens[next].lower) { next += 1 }
        return next == end
    }

    /// How many tokens a sender named with "do" may take: "do các cơ quan của Đảng, Quốc hội, Văn
    /// phòng Chủ tịch nước".
    static let senderReach = 16

    /// How many words before "giải quyết" a "chuyển" makes it a forwarding: "chuyển đến các sở
    /// ngành liên quan giải quyết".
    static let forwardingReach = 8

    /// Every word of the lexicon without its marks ("thẩm" → "tham"), for text whose marks
    /// OCR may have confused.
    static let folded: [String: String] = {
        let words = entries.flatMap(\.words) + modifiers.flatMap(\.words) + following.flatMap(\.words) + followingWithoutVerb.flatMap(\.words) + notFollowing.joined()
        return Dictionary(words.map { ($0, TypeReader.fold($0)) }, uniquingKeysWith: { first, _ in first })
    }()

    /// Words just before a verb that change its tense or mood: "đang giải quyết" is pending,
    /// "phải giải quyết" is due, "phương án giải quyết" is still being worked on.
    static let modifiers: [(words: [String], predicate: Predicate)] = [
        (["đang"], .pending), (["chưa"], .pending), (["tiếp", "tục"], .pending), (["phương", "án"], .pending),
        (["phải"], .toResolve), (["cần"], .toResolve), (["quá", "trình"], .pending), (["tập", "trung"], .pending),
        (["trọng", "tâm"], .pending), (["chỉ", "đạo"], .toResolve), (["phấn", "đấu"], .planned), (["sẽ"], .planned),
        (["dự", "kiến"], .planned),
        // "đặt mục tiêu giải quyết trên 95% …": a target, not a result.
        (["mục", "tiêu"], .planned),
        // "theo dõi, đôn đốc giải quyết 64 vụ việc": urged on others, not yet resolved.
        (urging, .toResolve),
    ]

    /// Urging others to act ("đôn đốc giải quyết"): said last in a list of what a body did with
    /// petitions ("tiếp nhận, xử lý, đôn đốc giải quyết 20 đơn thư") it gives them no state of
    /// their own, and the verb before it in the list does (`PredicateMatcher.before`).
    static let urging = ["đôn", "đốc"]

    /// What a case or a petition within a body's jurisdiction is called after its noun: "286 vụ
    /// việc thuộc thẩm quyền" (`ComplaintCases`).
    static let jurisdiction = ["thuộc", "thẩm", "quyền"]

    /// What a duplicate is called after its noun ("388 đơn trùng nội dung", "trùng lặp"): a kind
    /// of petition that came in, filed away only where its words say so (`DuplicateItems`).
    static let duplicate = "trùng"

    /// Words that name petitions filed away for what they lack ("lưu 12 đơn nặc danh"), and
    /// that make duplicates counted beside them the archived ones ("1.544 đơn trùng lặp, không rõ
    /// địa chỉ, không ký tên", `DuplicateItems`).
    static let archiveReasons: [[String]] = [["nặc", "danh"], ["mạo", "danh"], ["không", "ký", "tên"]]

    /// An unknown sender or address, named beside duplicates as a reason to file them ("trùng
    /// lặp, không rõ địa chỉ"); alone it archives nothing ("không rõ nội dung").
    static let unknownSender = ["không", "rõ"]

    /// The verb that files petitions away ("lưu 61 đơn trùng nội dung", "61 đơn trùng lặp đã được lưu").
    static let archivingVerb = "lưu"

    /// Words that say a verb's work is done: "đã giải quyết", "vừa giải quyết".
    static let doneMarkers: Set<String> = ["đã", "vừa"]

    /// What a backlog is called ("45 vụ việc tồn đọng"): read after a unit as pending, and one
    /// of the words LingeringCases knows an old case by.
    static let backlog = ["tồn", "đọng"]

    /// Phrases right after the unit that settle the predicate: "14 đơn đang được xem xét",
    /// "532 đơn thuộc thẩm quyền", "4.920 lượt công dân tham dự".
    static let following: [Entry] = [
        // "19 đơn khiếu nại giải quyết quá thời hạn luật định": resolved, late ("31 đơn quá hạn
        // giải quyết" is overdue, below).
        Entry(words: ["giải", "quyết", "quá", "thời", "hạn"], predicate: .resolved),
        Entry(words: ["giải", "quyết", "quá", "hạn"], predicate: .resolved),
        // "312 đơn gửi trực tuyến phải lưu": filed away, whatever channel they came by.
        Entry(words: ["phải", "lưu"], predicate: .archived, things: [.petitions]),
        Entry(words: ["đang"], predicate: .pending), Entry(words: ["chưa", "giải", "quyết"], predicate: .pending),
        Entry(words: ["chưa", "được", "giải", "quyết"], predicate: .pending),
        Entry(words: ["không", "thuộc", "thẩm", "quyền"], predicate: .outsideJurisdiction),
        Entry(words: ["không", "đủ", "điều", "kiện"], predicate: .ineligible),
        Entry(words: jurisdiction, predicate: .inJurisdiction), Entry(words: ["đủ", "điều", "kiện"], predicate: .inJurisdiction),
        Entry(words: ["còn", "tồn", "đọng"], predicate: .pending), Entry(words: ["còn", "lại"], predicate: .pending),
        Entry(words: ["chưa", "được"], predicate: .pending),
        // "15 kiến nghị chưa xử lý được", "8 đơn chưa trả lời": not yet handled.
        Entry(words: ["chưa", "xử", "lý"], predicate: .pending), Entry(words: ["chưa", "trả", "lời"], predicate: .pending),
        Entry(words: ["được", "tiếp", "nhận"], predicate: .received), Entry(words: ["phát", "biểu"], predicate: .attended),
        Entry(words: ["đại", "diện", "phát", "biểu"], predicate: .attended),
        Entry(words: ["tham", "dự"], predicate: .attended), Entry(words: ["tham", "gia"], predicate: .attended),
        // "2 công dân xin dừng tham gia", "3 hộ không tham gia đối thoại": who left or stayed away
        // attended nothing.
    ] + notAttending.map { Entry(words: $0, predicate: .ignored) } + [
        Entry(words: ["dự"], predicate: .attended),
        Entry(words: ["phải", "giải", "quyết"], predicate: .toResolve),
        Entry(words: ["được", "thụ", "lý"], predicate: .inJurisdiction),
        // "7 trường hợp được hướng dẫn khởi kiện ra Tòa án": cases sent on to a court.
        Entry(words: ["được", "hướng", "dẫn", "khởi", "kiện"], predicate: .guided, things: [.cases]),
        // "58 đơn đã được xác minh, kết luận": a petition concluded on is resolved.
        Entry(words: ["đã", "được", "kết", "luận"], predicate: .resolved),
        Entry(words: ["đã", "được", "xác", "minh", ",", "kết", "luận"], predicate: .resolved),
        Entry(words: ["đã", "có", "kết", "luận"], predicate: .resolved),
        // "9 vụ khiếu nại tồn đọng", "1.544 đơn trùng lặp, không rõ địa chỉ": a backlog still
        // pending, duplicates filed away.
        Entry(words: backlog, predicate: .pending),
        // "Tồn chuyển sang năm 2027: 12 vụ việc": carried over unresolved.
        Entry(words: ["tồn", "chuyển", "sang"], predicate: .pending),
        // "106 đơn quá hạn chưa giải quyết", "31 đơn quá hạn giải quyết": overdue is not handled.
        Entry(words: ["quá", "hạn"], predicate: .pending),
        // "52 vụ việc còn khiếu nại": still open (after a comma "còn" opens another figure's clause).
        Entry(words: ["còn"], predicate: .pending),
        Entry(words: [duplicate], predicate: .archived, things: [.petitions]),
        Entry(words: [duplicate, "lặp"], predicate: .archived, things: [.petitions]),
        Entry(words: ["nặc", "danh"], predicate: .archived, things: [.petitions]),
    ] + passives + resolvedAfter

    /// The verbs that settle a case or answer a petition, in every register a report uses:
    /// "giải quyết dứt điểm", "khép lại 17 vụ việc", "kết thúc 9 vụ", "có văn bản trả lời",
    /// "phản hồi 74 đơn", "phúc đáp". Each is read before the figure (`entries`) and, done or in
    /// the passive, after it ("47 vụ việc đã kết thúc giải quyết", "168 đơn được phản hồi"), so
    /// every verb of the family reads the same in both word orders.
    static let resolvingVerbs: [(words: [String], things: Set<CountedThing>)] = [
        (["giải", "quyết"], []), (["giải", "quyết", "xong"], []), (["giải", "quyết", "dứt", "điểm"], []),
        // "xử lý dứt điểm 14 vụ việc": settled for good, whatever "xử lý" alone does to petitions.
        (["xử", "lý", "dứt", "điểm"], []),
        (["kết", "thúc"], [.cases]), (["khép", "lại"], [.cases, .petitions]),
    ] + answeringVerbs.map { ($0, []) }

    /// The verbs of an answer, which a body gives to the petitions it received or passed on.
    static let answeringVerbs: [[String]] = [["trả", "lời"], ["phản", "hồi"], ["phúc", "đáp"]]

    /// Marks of a verb said after its figure that make it what happened to the figure: done
    /// ("đã"), in the passive ("được", "đã được").
    static let afterMarks: [[String]] = [["đã"], ["được"], ["đã", "được"]]

    static let resolvedAfter: [Entry] = resolvingVerbs.flatMap { verb in
        afterMarks.map { Entry(words: $0 + verb.words, predicate: .resolved, things: verb.things) }
    }

    /// Taking part negated or stopped: said after persons, they attended nothing.
    static let notAttending: [[String]] = [["dừng", "tham", "gia"], ["không", "tham", "gia"], ["từ", "chối", "tham", "gia"]]

    /// The handling verbs said in the passive after petitions: "1.034 đơn đã được xử lý, trong đó
    /// 188 đơn được chuyển …, 77 đơn được hướng dẫn, 342 đơn được lưu". Each verb is the one said
    /// before a figure (`entries`), so both word orders read the same.
    static let handlingVerbs: [([String], Predicate)] = [
        (["xử", "lý"], .processed), (["chuyển"], .forwarded), (["hướng", "dẫn"], .guided), (["lưu"], .archived),
    ]
    static let passives: [Entry] = handlingVerbs.flatMap { verb, predicate in
        [["được"], ["đã", "được"]].map { Entry(words: $0 + verb, predicate: predicate, things: [.petitions]) }
    }

    /// Verbs said after an agent in the passive: "219 đơn được các cơ quan có thẩm quyền trả lời",
    /// "96 đơn được các cơ quan nhận chuyển đơn phúc đáp": the answer is what happened to the
    /// figure, as if "được" stood right before it. Only answers: "107 đơn đã được giao cơ quan
    /// chuyên môn tham mưu giải quyết" were given to someone to resolve.
    static let afterAgent: [Entry] = answeringVerbs.map { Entry(words: $0, predicate: .resolved) }

    /// The passive's mark, opening the agent's words.
    static let passiveMark = "được"

    /// How many words an agent of the passive may take between "được" and its verb.
    static let agentReach = 8

    /// What was done with petitions, said right after their unit in the active ("38 đơn đã chuyển
    /// cơ quan có thẩm quyền") or after the remainder ("2.571 đơn còn lại đã được chuyển hoặc
    /// hướng dẫn công dân": its handling, not "còn lại" alone, says its state). Only right after
    /// the unit: "2.947/4.723 đơn Ban đã chuyển" are the Board's forwards, whose share was answered.
    static let handledRightAfter: [Entry] = handlingVerbs.flatMap { verb, predicate in
        [["đã"], ["còn", "lại", "đã"], ["còn", "lại", "được"], ["còn", "lại", "đã", "được"]].map { Entry(words: $0 + verb, predicate: predicate, things: [.petitions]) }
    }

    /// Phrases after the unit that say what happened only when no verb before the figure does:
    /// "hơn 1.000 kiến nghị của doanh nghiệp gửi tới Chính phủ" were received, but "hướng dẫn 23
    /// đơn gửi đúng cơ quan" guided citizens whose petitions were sent.
    static let followingWithoutVerb: [Entry] = [
        Entry(words: ["gửi"], predicate: .received, things: [.petitions, .opinions]),
        // "trong 211 đơn chuyển tiếp", "256 đơn chuyển đi": the petitions sent on from here, where
        // no verb before says more of them ("nhận văn bản trả lời đối với 1.904 đơn chuyển đi"
        // answered them); "đơn chuyển đến" came here.
        Entry(words: ["chuyển", "tiếp"], predicate: .forwarded, things: [.petitions]),
        Entry(words: ["chuyển", "đi"], predicate: .forwarded, things: [.petitions]),
    ] + visitsComing.map { Entry(words: $0, predicate: .visited, things: [.visits]) }

    /// What citizens came to do, said after their visits where no verb before receives them
    /// ("Hơn 5.000 lượt công dân đến trụ sở", "… lượt công dân đến trình bày"): they were received.
    /// Only these: "lượt công dân đến làm thủ tục" came for a service.
    static let visitsComing: [[String]] = [
        ["đến", "trụ", "sở"], ["đến", "trình", "bày"], ["đến", "phản", "ánh"], ["đến", "khiếu", "nại"], ["đến", "kiến", "nghị"],
    ]

    /// Words that begin like a phrase of `following` but are other words: "24 người được điều
    /// trị dự phòng" attended nothing, "50 đơn gửi kèm" is no sending.
    static let notFollowing: [[String]] = [
        ["dự", "phòng"], ["dự", "kiến"], ["dự", "án"], ["dự", "thảo"], ["dự", "báo"], ["dự", "toán"], ["dự", "trữ"],
        ["dự", "đoán"], ["dự", "tính"], ["dự", "định"], ["dự", "bị"], ["dự", "luật"], ["gửi", "kèm"], ["gửi", "tiền"],
        ["gửi", "xe"], ["gửi", "lời"],
    ]

    /// Words made with "tiếp" that go on with something or meet someone without receiving:
    /// "12 lượt tiếp xúc cử tri", "lượt tiếp theo".
    static let continuingTiep: [[String]] = [
        ["tiếp", "xúc"], ["tiếp", "tục"], ["tiếp", "theo"], ["tiếp", "thu"], ["tiếp", "cận"], ["tiếp", "thị"],
        ["tiếp", "đón"],
    ]
}
