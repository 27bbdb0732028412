import Foundation
import DocumentModel

/// The figures of a table: every number in a data cell, its measure and unit from the
/// column's headers, its scope from the row's label ("Huyện Tân Hòa", "Tổng cộng"), its
/// petition type from the column or else from the row group it stands under ("I. KHIẾU NẠI").
/// Row numbers (STT), codes and shares (%) are not petition figures; shares are kept as
/// figures in "%", as in running text.
///
/// Columns of the figures CSV: `section` is the table's label ("Phụ lục 01") or, without one,
/// the section the table stands in; `section_title` its title; `scope` the row label;
/// `subject` the column's headers ("Khiếu nại - Đã giải quyết"); `raw` the cell as printed;
/// `sentence` the cell's reading, "row label / column headers".
package struct TableFigureReader {
    let table: Table
    let columns: [TableColumn]
    /// The column naming the rows, nil when every column holds numbers.
    let labelColumn: Int?
    /// For a column whose header names a share ("Đã giải quyết/Thuộc thẩm quyền"), the reading
    /// of its part: the header before the slash, its parents kept.
    let partColumns: [Int: TableColumn]

    init(_ table: Table, surroundings: TableSurroundings = TableSurroundings()) {
        self.table = table
        let crime = Self.speaksOfCrime(table, surroundings: surroundings)
        let caption = TableCaptionReading(table, crime: crime)
        let around = surroundings.phrases.isEmpty ? nil : TableCaptionReading(surroundings: surroundings.phrases, crime: crime)
        let headerRows = table.rows.prefix(table.headerRows)
        var columns = (0..<table.columnCount).map { column in
            var header: [String] = []
            for row in headerRows where column < row.count && !row[column].isEmpty && header.last != row[column] {
                header.append(row[column])
            }
            var read = TableColumn(header: header, caption: caption, surroundings: around)
            read.unnamed = table.unnamedColumns?.contains(column) ?? false
            return read
        }
        // "Vụ việc KN thuộc thẩm quyền | Đã giải quyết KN": a column whose header says only what
        // happened, in a table whose caption names no count, counts what the nearest column
        // before it counts with a status, both named in its own header. A bare "Tổng số đơn"
        // lends nothing: without a status it is no measure, and its siblings' cells stay as
        // unmeasured as it is.
        for index in columns.indices.dropFirst() where columns[index].thing == nil && columns[index].ownPredicate {
            if let source = columns[..<index].last(where: \.ownMeasure) { columns[index].borrowThing(of: source) }
        }
        // "Kết quả giải quyết đơn như sau:" over "Tổng số | Đã giải quyết | Đang giải quyết": a
        // column silent on what happened is the total the others break down, not one more of
        // what a sibling names in its own header.
        let named = Set(columns.filter(\.ownPredicate).compactMap(\.predicate))
        for index in columns.indices where columns[index].predicateLent {
            if let predicate = columns[index].predicate, named.contains(predicate) { columns[index].predicate = nil }
        }
        self.columns = columns
        var partColumns: [Int: TableColumn] = [:]
        for column in columns.indices {
            guard let leaf = columns[column].header.last, let part = Self.partHeader(leaf) else { continue }
            var read = TableColumn(header: columns[column].header.dropLast() + [part], caption: caption, surroundings: around)
            read.unnamed = columns[column].unnamed
            partColumns[column] = read
        }
        self.partColumns = partColumns
        let data = table.rows.dropFirst(table.headerRows)
        labelColumn = columns.indices.first { column in
            guard !columns[column].ordinal, !columns[column].code, !columns[column].percent else { return false }
            let filled = data.compactMap { column < $0.count && !$0[column].isEmpty ? $0[column] : nil }
            let words = filled.filter { TableFigureReader.value(of: $0) == nil && TableFigureReader.share(of: $0) == nil && $0 != "-" }
            return !filled.isEmpty && words.count * 2 > filled.count
        }
    }

    func figures(doc: String, page: Int, section: String) -> [Figure] {
        var figures: [Figure] = []
        let covered = coveredSlots()
        var groupTypes: Set<PetitionType> = []
        for row in table.headerRows..<table.rows.count {
            let cells = table.rows[row]
            let label = labelColumn.map { $0 < cells.count ? cells[$0] : "" } ?? ""
            let numbers = figureColumns.filter { $0 < cells.count && !covered.contains(Slot(row, $0)) }
                .compactMap { column in TableFigureReader.value(of: cells[column]).map { (column, $0) } }
            if isGroupHeading(label, hasNumbers: !numbers.isEmpty) {
                groupTypes = HeaderPhrase(label).types
            }
            // "58/71" under "Đã giải quyết/Thuộc thẩm quyền" (or under "Đã giải quyết"): one
            // figure, the part with its whole, as "đã giải quyết 58/71 đơn" is in running text.
            let shares = figureColumns.filter { $0 < cells.count && !covered.contains(Slot(row, $0)) }
                .compactMap { column -> (column: Int, reading: TableColumn, value: Double, whole: Double?)? in
                    guard let share = Self.share(of: cells[column]) else { return nil }
                    // A column that measures nothing may hold dates or codes written with a slash.
                    guard let reading = partColumns[column] ?? (columns[column].measure != nil ? columns[column] : nil) else { return nil }
                    return (column, reading, share.part, share.whole)
                }
            let read = (numbers.map { (column: $0.0, reading: columns[$0.0], value: $0.1, whole: Double?.none) } + shares)
                .sorted { $0.column < $1.column }
            for (column, reading, value, whole) in read {
                var figure = figure(
                    value, raw: cells[column], column: reading, label: label, groupTypes: groupTypes, doc: doc,
                    page: page, section: section)
                figure.denominator = whole
                // The cell is where the figure was printed.
                if table.cellBoxes.indices.contains(row), table.cellBoxes[row].indices.contains(column) {
                    figure.box = table.cellBoxes[row][column]
                }
                figures.append(figure)
            }
        }
        return figures
    }

    private func figure(
        _ value: Double, raw: String, column: TableColumn, label: String, groupTypes: Set<PetitionType>, doc: String, page: Int,
        section: String
    ) -> Figure {
        // A column whose header could not be placed names nothing: no meaning beats a wrong one.
        let measure = column.unnamed ? nil : column.measure
        let petition = measure?.isTyped ?? false
        // A row label that is nothing but a type label ("Khiếu nại", "Kiến nghị, phản ánh") is
        // the row's type, not a place: the column's own type first, then the row's, then its group's.
        let labelType = column.types.isEmpty ? TypeReader.sectionLabel(label) : nil
        let types = !column.types.isEmpty ? column.types : labelType.map { [$0] } ?? groupTypes
        let type = petition ? TypeReader.single(types) : nil
        let scope = petition && labelType != nil ? "" : label
        let unit = column.percent ? "%" : column.unit.isEmpty ? tableUnit : column.unit
        var figure = Figure(
            doc: doc, page: page, section: table.label ?? section, sectionTitle: table.title.joined(separator: " "),
            measure: measure ?? .unspecified, type: type ?? .unspecified, scope: scope, value: value, unit: unit,
            subject: column.subject, raw: raw, sentence: [label, column.subject].filter { !$0.isEmpty }.joined(separator: " / "),
            confidence: FigureConfidence.ofTableCell(measured: measure != nil, ownHeader: column.ownMeasure))
        figure.exactValue = Self.exactValue(of: raw)
        return figure
    }

    /// Whether a table is about crime, traffic accidents, fires or violations ("Tình hình tội
    /// phạm", rows "Trộm cắp tài sản", "Ma túy"; "Tai nạn giao thông"; "Số vụ vi phạm"): read
    /// from its caption, the words around it, its headers and its row labels with the words that
    /// say it of a sentence (`Topic.crimeWords`), and as for a sentence, only where none of them
    /// names a complaint ("giải quyết khiếu nại, tố cáo", "tiếp công dân").
    static func speaksOfCrime(_ table: Table, surroundings: TableSurroundings) -> Bool {
        let words = table.rows.flatMap { $0.filter { value(of: $0) == nil && share(of: $0) == nil } }
        let text = ([table.unit, table.label].compactMap { $0 } + table.title + surroundings.phrases + words).joined(separator: " ")
        let lowered = LoweredText(text.lowercased())
        return Topic.speaksOfCrime(lowered) && !Topic.speaksOfComplaints(lowered)
    }

    /// Columns right of the row labels that are neither row numbers nor codes.
    private var figureColumns: [Int] {
        columns.indices.filter { column in
            column > (labelColumn ?? -1) && !columns[column].ordinal && !columns[column].code
        }
    }

    /// "Đơn vị tính: đơn" → "đơn".
    private var tableUnit: String {
        guard let unit = table.unit, let colon = unit.firstIndex(of: ":") else { return "" }
        return unit[unit.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }

    /// A row that opens a group of rows: numbered with a roman numeral or a capital letter
    /// ("I. KHIẾU NẠI", "A. Cấp tỉnh"), or a label over a row without numbers.
    private func isGroupHeading(_ label: String, hasNumbers: Bool) -> Bool {
        guard !label.isEmpty else { return false }
        let head = label.prefix { $0 != " " }
        let marker = head.dropLast()
        let numbered = (head.hasSuffix(".") || head.hasSuffix(")")) && !marker.isEmpty
            && (marker.allSatisfy { "IVXL".contains($0) } || marker.count == 1 && marker.allSatisfy(\.isUppercase))
        return numbered || !hasNumbers
    }

    /// Slots a merged cell covers other than its first: its number is read there once.
    private func coveredSlots() -> Set<Slot> {
        var covered = Set<Slot>()
        for span in table.spans {
            for row in span.row..<(span.row + span.rowSpan) {
                for column in span.column..<(span.column + span.columnSpan) where row != span.row || column != span.column {
                    covered.insert(Slot(row, column))
                }
            }
        }
        return covered
    }

    /// The value of a cell that holds one number ("1.286", "91,0", "95,6%"), nil otherwise.
    package static func value(of cell: String) -> Double? {
        VietnameseNumber.value(of: number(in: cell))
    }

    /// The part and the whole of a cell written as a share ("58/71", "58 / 71"), nil for any other
    /// cell: the fraction running text reads (`VietnameseNumber.fraction`), a date ("6/2026",
    /// `NonFigureRules.isDate`) left out, and a part no larger than its whole.
    static func share(of cell: String) -> (part: Double, whole: Double)? {
        let numeral = cell.replacingOccurrences(of: " ", with: "")
        guard numeral.contains("/"), !NonFigureRules.isDate(numeral, after: nil),
            let read = VietnameseNumber.fraction(of: numeral), let whole = read.denominator, read.value <= whole
        else { return nil }
        return (read.value, whole)
    }

    /// The words a share's part is counted by in a header naming part and whole ("Đã giải
    /// quyết/Thuộc thẩm quyền" → "Đã giải quyết"), nil for a header without one slash between words.
    static func partHeader(_ header: String) -> String? {
        let parts = header.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let part = parts[0].trimmingCharacters(in: .whitespaces)
        guard part.contains(where: \.isLetter), parts[1].contains(where: \.isLetter) else { return nil }
        return part
    }

    /// The cell's value exactly when a Double cannot hold its digits, nil otherwise.
    static func exactValue(of cell: String) -> Decimal? {
        VietnameseNumber.exactValue(of: number(in: cell))
    }

    private static func number(in cell: String) -> String {
        cell.hasSuffix("%") ? String(cell.dropLast()).trimmingCharacters(in: .whitespaces) : cell
    }

    private struct Slot: Hashable {
        let row: Int, column: Int
        init(_ row: Int, _ column: Int) {
            self.row = row
            self.column = column
        }
    }
}
