/// Voters' recommendations named again in a later paragraph without "cử tri": "Đoàn đã tổng hợp
/// 215 ý kiến, kiến nghị của cử tri … Đến nay, các cơ quan đã trả lời 190 kiến nghị" — the 190 are
/// the voters' recommendations answered (`doi_thoai.y_kien`), not citizens' petitions resolved.
enum VoterRecommendations {
    /// Words by which a paragraph speaks of complaints or of another petitioner than the voters
    /// named before ("người dân", "doanh nghiệp", "kiến nghị, phản ánh"): there "kiến nghị" stay petitions.
    static let otherPetitionWords: [Phrase] = Topic.complaintWords + Topic.petitionerWords.filter { $0.text != "cử tri" } + ["phản ánh"]

    /// Whether a paragraph that names no voters still speaks of theirs: an earlier paragraph of
    /// the document spoke of voters (in a report on voters' recommendations its later sections
    /// name them without "cử tri": "VI. KIẾN NGHỊ CỦA ĐOÀN … báo cáo kết quả giải quyết 247 kiến
    /// nghị thuộc thẩm quyền của tỉnh"), and this one names neither complaints, another
    /// petitioner, nor letters ("đơn"; "đơn vị", the bodies that answer, is none).
    static func namedAgain(in paragraph: String, votersEarlier: Bool) -> Bool {
        guard votersEarlier else { return false }
        guard !LoweredText(lowering: paragraph).containsAny(otherPetitionWords) else { return false }
        let tokens = Tokenizer.tokens(of: paragraph)
        return !tokens.indices.contains { index in
            tokens[index].lower == "đơn" && (index + 1 == tokens.count || tokens[index + 1].lower != "vị")
        }
    }
}
