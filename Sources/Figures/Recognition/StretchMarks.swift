/// The punctuation that bounds a stretch of a sentence, named by the stretch it bounds. The
/// grammar asks "where does the clause this figure stands in begin?" in many rules; each asks it
/// with one of these sets, so a rule says which stretch it means and the marks live here once.
enum StretchMarks {
    /// An item of a list a report writes in one sentence: "tiếp nhận 120 đơn; đã giải quyết 98 đơn".
    static let item: Set<String> = [";"]
    /// A clause its verb governs: a sentence, or an item of one.
    static let clause: Set<String> = [";", "."]
    /// A clause, or what a colon opens ("Cụ thể: cứ 10 đơn thì có 6 đơn").
    static let openedClause: Set<String> = [";", ".", ":"]
    /// The phrase a figure stands in, commas included ("Đáng chú ý, có 1.740 đơn").
    static let phrase: Set<String> = [",", ";", ":", "."]
}

extension Array where Element == Token {
    /// The first token of the stretch that ends right before `index`: the token after the last of
    /// `marks` before it, or the sentence's first.
    func start(before index: Int, after marks: Set<String>) -> Int {
        self[..<index].lastIndex { $0.bounds(marks) }.map { $0 + 1 } ?? 0
    }
}
