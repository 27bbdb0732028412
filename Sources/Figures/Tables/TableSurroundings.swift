import Foundation
/// The words around a table that say what its cells count when neither its headers nor its
/// caption do: the title of the section it stands in and the sentence that introduces it ("Sở
/// tiếp nhận 146 đơn, kết quả theo bảng sau:").
struct TableSurroundings: Sendable {
    var sectionTitle = ""
    /// The sentence right before the table, kept only when it points to what follows.
    var introduction = ""
    /// The section sets tasks for a coming period: its tables are plans, not counts of work done.
    var planSection = false

    /// The phrases in the order they speak for a column: the sentence next to the table, then the section.
    var phrases: [String] { planSection ? [] : [introduction, sectionTitle].filter { !$0.isEmpty } }

    /// Words by which a sentence hands over to the table that follows it.
    static let pointers = ["bảng sau", "bảng dưới", "biểu sau", "như sau", "phụ lục", "cụ thể:", "chi tiết:"]

    /// Whether `sentence` introduces what follows it: it ends in a colon or points to a table.
    /// A document's title (`inTitle`) says what the whole report is about and points to its
    /// annexes ("… (chi tiết tại phụ lục)"), not to a table that happens to follow it: from a
    /// title only a line ending in a colon hands over.
    static func introduces(_ sentence: String, inTitle: Bool = false) -> Bool {
        let lowered = sentence.lowercased().trimmingCharacters(in: .whitespaces)
        return lowered.hasSuffix(":") || !inTitle && pointers.contains { lowered.contains($0) }
    }
}
