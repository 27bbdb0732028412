import DocumentModel

/// A page table shared by the copies of the line that stands for it.
final class TableReference: Sendable, Hashable {
    let table: PageTable

    init(_ table: PageTable) {
        self.table = table
    }

    static func == (lhs: TableReference, rhs: TableReference) -> Bool { lhs.table == rhs.table }
    func hash(into hasher: inout Hasher) { hasher.combine(table) }
}
