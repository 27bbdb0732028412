import DocumentModel
import Foundation

/// What kind of thing a figure counts, read from its unit.
enum CountedThing: Sendable, Hashable, CaseIterable {
    /// "đơn", "đơn thư", "lá đơn"
    case petitions
    /// "vụ việc", "vụ"
    case cases
    /// "lượt", "lượt người", "lượt công dân"
    case visits
    /// "lượt ý kiến", "ý kiến"
    case opinions
    /// "cuộc", "hội nghị", "buổi", "lần"
    case sessions
    /// "người", "công dân": persons, counted apart from their visits ("1.126 lượt với 1.482 người")
    case persons
    /// "đoàn" (đông người): crowds coming together to complain
    case delegations
    /// "cử tri", "lượt cử tri": voters at a contact session
    case voters

    /// `subjectWords` are the words right after the unit. `talk` says what the text around
    /// speaks of: a bare "vụ" is a case of a complaint only where the text is about complaints,
    /// and "vụ việc" is none where it is about crime or violations and not about complaints.
    init?(unit: String, subjectWords: [String], talk: Topic.Talk) {
        switch unit {
        case "đơn", "đơn thư", "lá đơn", "thư", "lời", "bức thư", "lá thư", "văn bản", "hồ sơ":
            // "đơn xin việc", "đơn thuốc", "thư mời": applications, prescriptions, letters; "lá
            // đơn" is one sheet of a petition ("23 lá đơn").
            guard !CountedThing.notPetitions.contains(subjectWords.first ?? "") || CountedThing.isWithdrawal(subjectWords),
                !CountedThing.applications.contains(where: subjectWords.starts(with:)),
                !CountedThing.petitionsIfTyped.contains(unit) || CountedThing.namesPetitionType(subjectWords)
            else { return nil }
            self = .petitions
        // "846 KNTC", "trả lời 405 PAKN": the short forms count what the words count.
        case "khiếu nại", "tố cáo", "phản ánh", "kntc":
            self = .petitions
        case "kiến nghị", "ý kiến kiến nghị", "kiến nghị phản ánh", "kiến nghị đề xuất", "pakn", "knpa":
            // Voters' recommendations are what a contact session collects; anyone else's are petitions.
            self = talk.voters ? .opinions : .petitions
        case "người", "công dân", "lượt công dân người", "cụ":
            self = .persons
        case "đoàn":
            // "14 đoàn đông người", "16 đoàn khiếu nại" (named by what they came for, compared
            // with marks); a lone "đoàn" takes its meaning from the list it stands in.
            guard subjectWords.starts(with: ["đông", "người"]) || TypeReader.phrases.contains(where: { subjectWords.starts(with: $0.words) })
            else { return nil }
            self = .delegations
        case "cử tri", "lượt cử tri": self = .voters
        case "vụ việc":
            guard !talk.crime else { return nil }
            self = .cases
        case "vụ":
            guard talk.petitions else { return nil }
            self = .cases
        case "việc":
            // "tiếp 30 việc" where the text is about complaints; "việc làm" is a job.
            guard talk.complaints, subjectWords.first != "làm" else { return nil }
            self = .cases
        case "lượt đoàn": self = .delegations
        case "lượt ý kiến", "ý kiến":
            // "nói rõ 2 ý kiến đó": opinions named before, not a count.
            guard !Self.demonstratives.contains(subjectWords.first ?? "") else { return nil }
            self = .opinions
        case "lượt người":
            // "649 lượt người lang thang" taken in by a shelter are not citizens received.
            guard !Self.notCitizens.contains(subjectWords.first ?? "") else { return nil }
            self = .visits
        case "lượt công dân", "lượt cán bộ": self = .visits
        case "lượt":
            if subjectWords.starts(with: ["ý", "kiến"]) {
                self = .opinions
                return
            }
            // "1.706 lượt đơn thư", "16.492 lượt đơn" count petitions (the annotation rules);
            // "46 lượt đơn vị" the bodies checked, no citizens.
            if subjectWords.first == "đơn" {
                guard subjectWords.dropFirst().first != "vị" else { return nil }
                self = .petitions
                return
            }
            // "1.000 lượt khách", "20 lượt bay": trips and tourists, not citizens.
            guard !Self.notCitizens.contains(subjectWords.first ?? "") else { return nil }
            self = .visits
        case "cuộc", "hội nghị", "buổi": self = .sessions
        case "kết luận":
            // "ban hành 48 kết luận thanh tra": an inspection counted by the conclusion it ended in
            // (`MeasureClassifier.conclusion`); a conclusion of anything else counts no session.
            guard MeasureClassifier.inspectionWords.contains(where: { subjectWords.starts(with: $0.text.split(separator: " ").map(String.init)) })
            else { return nil }
            self = .sessions
        case "lần", "điểm":
            // "5 lần đối thoại", "05 điểm tiếp xúc": only sessions when the next words say so; "3
            // điểm tiếp công dân" are places where citizens are received.
            guard Self.sessionOpeners.contains(where: subjectWords.starts(with:)) else { return nil }
            self = .sessions
        default: return nil
        }
    }

    /// Words after "đơn" that make it something else than a petition.
    static let notPetitions: Set<String> = [
        "xin", "đăng", "kháng", "kiện", "chất", "nguyên", "giản", "điệu", "phương", "sắc", "thuốc", "hàng", "đặt", "ứng", "dự", "giá", "vị", "yêu", "mời", "chúc", "cảm",
        // Applications to a bank, a school, an employer, a court or an insurer: "800 đơn vay vốn",
        // "đơn ly hôn", "đơn nghỉ việc", "đơn thôi việc", "đơn nhập học", "đơn bảo hiểm", "đơn mua".
        "vay", "ly", "nghỉ", "thôi", "nhập", "bảo", "mua",
        // A firm's bankruptcy filing ("nộp 3 đơn phá sản"); a tennis singles draw ("vòng 2 đơn nữ",
        // "nội dung đơn nam").
        "phá", "nam", "nữ",
    ]

    /// Whether the words after a petition noun (`words`, from `start`) are a kind listed with
    /// petition types after a comma: "212 đơn yêu cầu, khiếu nại, tố cáo, phản ánh" names letters
    /// of every kind the list names, "đơn yêu cầu" among them; "đơn yêu cầu bồi thường" alone is
    /// an application.
    static func listedWithTypes(_ words: [String], after start: Int, in tokens: [Token]) -> Bool {
        let comma = start + words.count
        guard !words.isEmpty, notPetitions.contains(words[0]), comma + 1 < tokens.count, tokens[comma].is(",") else { return false }
        // Compared with their marks: "57 đơn xin thôi việc, nghỉ hưu" lists no "kiến nghị".
        return TypeReader.phrases.contains { PredicateMatcher.matches($0.words, tokens, at: comma + 1) }
    }

    /// "7 đơn xin rút lại khiếu nại": a letter withdrawing a complaint is a petition's, not an
    /// application.
    static func isWithdrawal(_ words: [String]) -> Bool {
        withdrawing.contains { words.starts(with: $0) }
    }

    static let withdrawing: [[String]] = [["xin", "rút"], ["đề", "nghị", "rút"]]

    /// Words after "đơn" that make it an application or a court filing although their first word
    /// may open a petition ("đơn đề nghị" recommends, "đơn đề nghị cấp phép" applies): "96 đơn đề
    /// nghị cấp phép xây dựng", "31 đơn khởi kiện"; a claim to a benefit ("đơn đề nghị hưởng trợ
    /// cấp thất nghiệp", "đơn đề nghị hưởng chế độ hưu trí") is an application to an insurer.
    static let applications: [[String]] = [
        ["đề", "nghị", "cấp"], ["khởi", "kiện"], ["đề", "nghị", "hưởng"],
        // Service and exam requests: "đơn đề nghị phúc khảo bài thi", "đơn đề nghị di dời công tơ",
        // "đơn đề nghị đấu nối", "đơn đề nghị lắp đặt".
        ["đề", "nghị", "phúc", "khảo"], ["đề", "nghị", "di", "dời"], ["đề", "nghị", "đấu", "nối"], ["đề", "nghị", "lắp", "đặt"],
        // Requests of an administrative procedure: "đơn đề nghị gia hạn nộp thuế", "đơn đề nghị
        // giám định y khoa", "đơn đề nghị miễn, giảm học phí".
        ["đề", "nghị", "gia", "hạn"], ["đề", "nghị", "giám", "định"], ["đề", "nghị", "miễn"],
    ]

    /// Nouns that count petitions only when a petition's type names what they hold: "96 bức thư
    /// khiếu nại", "311 văn bản kiến nghị, phản ánh", "322 hồ sơ khiếu nại", "thư tố cáo"; "thư
    /// mời", "12 văn bản chỉ đạo", "5.000 hồ sơ đất đai" are other papers.
    static let petitionsIfTyped: Set<String> = ["thư", "lời", "bức thư", "lá thư", "văn bản", "hồ sơ"]

    /// Whether the words after such a noun open with a petition's type. A request ("hồ sơ đề
    /// nghị cấp …", "văn bản đề nghị") applies for something far more often than it recommends:
    /// only "kiến nghị", "phản ánh", a complaint or a denunciation count.
    static func namesPetitionType(_ words: [String]) -> Bool {
        TypeReader.names(words.prefix(2)) && !words.starts(with: ["đề", "nghị"])
    }

    /// The words after "lần" or "điểm" that make them sessions.
    static let sessionOpeners: [[String]] = [
        ["đối", "thoại"], ["tiếp", "xúc"], ["tổ", "chức", "đối", "thoại"], ["tổ", "chức", "tiếp", "xúc"],
    ]

    static let demonstratives: Set<String> = ["đó", "này", "trên", "ấy", "nói trên"]

    static let notCitizens: Set<String> = [
        "khách", "du", "bay", "xe", "tàu", "chuyến", "truy", "xem", "tải", "phương", "tin", "bài", "giao", "khám",
        "bệnh", "hành", "thuyền", "máy", "học", "vận", "thí", "vé", "sử", "lang", "trẻ",
        // Readers of a post: "10.000 lượt like", "3.500 lượt chia sẻ", "lượt thích", "lượt bình luận".
        "like", "thích", "chia", "bình", "tương", "đọc", "view", "share", "nghe",
        // Bookings and log-ins on a site: "1.386 lượt đăng ký" online, "lượt đăng nhập".
        "đăng",
    ]
}

/// Words of texts about complaints and petitions, and of texts about crime and violations.
enum Topic {
    /// What a sentence (with its citing sentence and section) speaks of.
    struct Talk: Sendable, Hashable {
        /// Complaints and petitions in the broad sense, resolving included.
        var petitions = false
        /// Complaints, denunciations and citizen reception in the strict sense.
        var complaints = false
        /// Crime, accidents, violations (in a figure's clause: and no complaint named there).
        var crime = false
        /// Voters and their contact sessions with deputies ("cử tri").
        var voters = false
        /// Talks between states ("đối thoại chiến lược", "tiếp xúc song phương").
        var diplomacy = false
        /// Elections and polls: their voters are an electorate, not a meeting's audience.
        var election = false
        /// An assembly's own debate ("chất vấn", "tranh luận") in the figure's clause: its
        /// opinions are the deputies', not the voters'.
        var assembly = false
        /// The figure's clause counts people who came to no authority: casualties, patients,
        /// refugees, a population, an audience (`peopleNotReceivedWords`).
        var peopleNotReceived = false
    }

    /// People a clause counts who are not citizens received, nor a dialogue's audience, whatever
    /// "tiếp nhận" or "tiếp xúc … tham gia" says of them: "bệnh viện tiếp nhận 17 người bị
    /// thương", "tiếp nhận 890.000 người xin tị nạn", "làm 41 người chết", "dân số 6.451.909
    /// người", "50 triệu người dùng", "70 triệu người xem", a state's quota of immigrants ("tiếp
    /// nhận 900 công dân … nhập cư", "trở thành thường trú nhân"). "định cư" stays out: resettlement
    /// ("tái định cư") is what many complaints are about; vagrants a shelter takes in.
    static let peopleNotReceivedWords: [Phrase] = [
        "bị thương", "thương vong", "thiệt mạng", "tử vong", "chết", "mất tích", "thương tích", "nhập viện", "cấp cứu",
        "bệnh viện", "ngộ độc", "tị nạn", "dân số", "cư dân", "người dùng", "người xem", "khán giả",
        "nhập cư", "di cư", "thường trú nhân",
        // "trung tâm bảo trợ xã hội tiếp nhận 36 người lang thang, xin ăn" (visits of them are
        // `CountedThing.notCitizens`' "lang").
        "lang thang",
    ]

    static func speaksOfPeopleNotReceived(_ text: LoweredText) -> Bool {
        text.containsAny(peopleNotReceivedWords)
    }

    static let voterWords: [Phrase] = ["cử tri"]

    static func speaksOfVoters(_ text: LoweredText) -> Bool {
        text.containsAny(voterWords)
    }

    static let petitionWords: [Phrase] = ["khiếu nại", "tố cáo", "kntc", "kn", "đơn thư", "khiếu kiện", "vụ việc", "kiến nghị", "phản ánh", "giải quyết"]
    /// "rút đơn": a case whose petition was withdrawn ("người dân tự nguyện rút đơn: 41 vụ việc")
    /// was a petition's.
    static let complaintWords: [Phrase] = ["khiếu nại", "tố cáo", "kntc", "khiếu kiện", "đơn thư", "tiếp công dân", "tiếp dân", "pakn", "rút đơn"]
    static let crimeWords: [Phrase] = [
        "tội phạm", "tai nạn", "cháy", "ma túy", "vụ án", "hình sự", "đối tượng", "thiệt hại", "vi phạm",
        "bị can", "bị cáo", "khởi tố", "tòa án", "tand",
        // Offences named without "tội phạm" (a police table's rows, "tiếp nhận 9 vụ việc trộm
        // cắp tài sản") and fines for administrative violations ("xử phạt 11 vụ việc").
        "trộm", "cướp", "đánh bạc", "gây thương tích", "giết người", "buôn lậu", "lừa đảo", "xử phạt",
        // A court's own cases ("Đối với án dân sự, ngành thụ lý 1.954 vụ việc, đã giải quyết 1.632
        // vụ", "số án bị hủy là 92 vụ"): trials, not petitions.
        "án dân sự", "án kinh doanh", "số án",
    ]
    static let electionWords: [Phrase] = ["bầu cử", "bỏ phiếu", "thăm dò", "đi bầu", "ứng cử", "lá phiếu"]
    static let assemblyWords: [Phrase] = ["chất vấn", "tranh luận", "thảo luận"]
    /// Owners named right after opinions that make them a body's members', not voters': "14 lượt
    /// ý kiến của thành viên Ủy ban về báo cáo này", "9 ý kiến của các đại biểu".
    static let memberOwners: [[String]] = [
        ["của", "thành", "viên"], ["của", "các", "thành", "viên"], ["của", "đại", "biểu"], ["của", "các", "đại", "biểu"],
        ["của", "ủy", "viên"], ["của", "các", "ủy", "viên"],
    ]

    /// Whether the words after opinions name members of a body as theirs.
    static func ownedByMembers(_ followingWords: [String]) -> Bool {
        memberOwners.contains { followingWords.starts(with: $0) }
    }
    /// Who may raise opinions and recommendations of their own: "người dân nêu 4 ý kiến" (a body
    /// that "nêu 6 kiến nghị" makes proposals).
    static let citizenWords: [Phrase] = ["người dân", "nhân dân", "công dân", "cử tri", "bà con", "hộ dân"]
    /// Whose recommendations are petitions when named after them ("95 kiến nghị của cử tri",
    /// "200 kiến nghị của doanh nghiệp"), whoever raises or passes them on.
    static let petitionerWords: [Phrase] = citizenWords + ["doanh nghiệp"]

    static func speaksOfElections(_ text: LoweredText) -> Bool {
        text.containsAny(electionWords)
    }

    /// Whether a clause speaks of an assembly's debate and not of voters.
    static func speaksOfAssembly(_ text: LoweredText) -> Bool {
        text.containsAny(assemblyWords) && !text.containsAny(voterWords)
    }

    static func speaksOfPetitions(_ text: LoweredText, crime: Bool? = nil) -> Bool {
        text.containsAny(petitionWords) && !(crime ?? speaksOfCrime(text))
    }

    static func speaksOfComplaints(_ text: LoweredText) -> Bool {
        text.containsAny(complaintWords)
    }

    /// A court named as where citizens are guided to sue over their own dispute: "hướng dẫn khởi
    /// kiện ra Tòa án 4 vụ việc" speaks of no crime.
    static let courtGuidance: [Phrase] = ["khởi kiện ra tòa án", "khởi kiện tại tòa án", "khởi kiện ra tand", "khởi kiện tại tand"]

    static func speaksOfCrime(_ text: LoweredText) -> Bool {
        guard text.containsAny(crimeWords) else { return false }
        guard text.containsAny(courtGuidance) else { return true }
        var rest = text.text
        for phrase in courtGuidance { rest = rest.replacingOccurrences(of: phrase.text, with: " ") }
        return LoweredText(rest).containsAny(crimeWords)
    }
}

/// What the sentence says happened to the counted things.
enum Predicate: Sendable, Hashable {
    case received, inJurisdiction, toResolve, resolved, pending
    /// "xử lý" (processed, whatever the outcome), "chuyển" (forwarded), "hướng dẫn" (citizen guided),
    /// "lưu" (archived), "không thuộc thẩm quyền", "không đủ điều kiện".
    case processed, forwarded, guided, archived, outsideJurisdiction, ineligible
    /// A plan or target ("sẽ triển khai", "phấn đấu"), not a result.
    case planned
    /// "nêu", "đưa ra": opinions or recommendations raised; a body's own proposals unless
    /// citizens raise them.
    case proposed
    /// Said of cases in a way none of the others is ("cơ bản xong", "rà soát").
    case other
    /// "phát hiện": what an inspection, a check or a resolution found ("qua giải quyết khiếu nại
    /// phát hiện 14 vụ … tham nhũng", "phát hiện 91 trường hợp vi phạm"): violations, never
    /// petitions, cases raised or citizens.
    case found
    /// "tiếp" citizens
    case visited
    /// "tham dự", "tham gia"
    case attended
    /// "tăng", "giảm": the figure is a change between periods.
    case change
    /// Words that look like a predicate but are not one ("tiếp xúc", "nhận thức").
    case ignored
    /// Counted with no state of their own: the whole a part was taken from ("đã giải quyết 19
    /// trong số 24 vụ việc": the verb is the part's), the letters one person sent ("Ông Tâm đã
    /// gửi 17 lá đơn"). No measure says "sent".
    case unstated
}
