/// Duplicates counted inside a breakdown of what came in: "tiếp nhận 1.204 đơn, trong đó 388 đơn
/// trùng nội dung, 816 đơn đủ điều kiện xử lý", "nhận được 1.706 lượt đơn thư (1.318 đơn mới, 388
/// đơn trùng nội dung đã gửi trước đây)". "trùng" there says which of the letters received are
/// repeats, not that they were filed away: they are part of the received count. Filed away they
/// are where their own words say so — a verb ("lưu 61 đơn trùng nội dung", "đã được lưu") or the
/// other reasons petitions are archived for ("trùng lặp, nặc danh, không ký tên").
enum DuplicateItems {
    static func settle(_ readings: inout [Reading], parents: [Int?], in tokens: [Token]) {
        for position in readings.indices where isDuplicateOnly(readings[position], in: tokens) {
            guard let head = parents[position] ?? breakdownHead(of: position, readings: readings, in: tokens),
                readings[head].thing == .petitions, readings[head].predicate == .received
            else { continue }
            readings[position].predicate = .received
            readings[position].predicateSource = .carried
        }
    }

    /// The figure a "trong đó" or "gồm" list breaks down: the nearest before it with the opener
    /// between, in the same clause ("tiếp nhận 1.204 đơn, trong đó 816 đơn …, 388 đơn …").
    static func breakdownHead(of position: Int, readings: [Reading], in tokens: [Token]) -> Int? {
        let start = readings[position].mention.tokenRange.lowerBound
        for head in readings.indices[..<position].reversed() {
            let between = tokens[readings[head].mention.end..<start]
            if between.contains(where: { $0.bounds(StretchMarks.clause) }) { return nil }
            if ListGrammar.opensBreakdown(between) { return head }
        }
        return nil
    }

    /// Petitions read as archived only because the words after their unit call them duplicates.
    static func isDuplicateOnly(_ reading: Reading, in tokens: [Token]) -> Bool {
        let words = reading.followingWords
        let start = reading.mention.tokenRange.lowerBound
        // The words of its own item before it: "trong đó lưu 61 đơn trùng nội dung".
        let before = tokens[tokens.start(before: start, after: StretchMarks.phrase)..<start].map(\.lower)
        guard reading.thing == .petitions, reading.predicate == .archived, reading.verbDistance == 0,
            words.first == PredicateLexicon.duplicate, !words.contains(PredicateLexicon.archivingVerb),
            !before.contains(PredicateLexicon.archivingVerb)
        else { return false }
        return !(PredicateLexicon.archiveReasons + [PredicateLexicon.unknownSender]).contains { reason in
            words.indices.contains { words[$0...].starts(with: reason) }
        }
    }
}
