import DocumentModel

/// The figures as a worksheet: the CSV's columns, with page, footnote, value, denominator and
/// confidence as numeric cells, so no spreadsheet locale reads 512.36 as text.
public enum FiguresSheet {
    public static let name = "figures"

    /// `document` adds its number and date after the contract's columns, as `extract`'s CSV does.
    public static func sheet(_ figures: [Figure], document: Document? = nil) -> Sheet {
        let header = FiguresCSVWriter.columns + (document == nil ? [] : FiguresCSVWriter.documentColumns)
        let extra: [SheetCell] = document.map { [text($0.meta?.number ?? ""), text($0.meta?.date?.iso ?? "")] } ?? []
        let rows = figures.map { figure -> [SheetCell] in
            [
                .text(figure.doc), .number(Double(figure.page)), text(figure.section), text(figure.sectionTitle),
                figure.footnote.map { .number(Double($0)) } ?? .empty, text(figure.measure.rawValue),
                text(figure.type.rawValue), text(figure.scope), figure.exactValue.map { .text("\($0)") } ?? number(figure.value), figure.denominator.map(number) ?? .empty,
                text(figure.unit), text(figure.subject), text(figure.raw), text(figure.sentence), number(figure.confidence),
            ] + extra
        }
        return Sheet(name: name, rows: [header.map(SheetCell.text)] + rows)
    }

    private static func text(_ value: String) -> SheetCell { value.isEmpty ? .empty : .text(value) }

    private static func number(_ value: Double) -> SheetCell { value.isFinite ? .number(value) : .empty }
}
