import DocumentModel
import Figures
import Foundation
import Output

/// The `xlsx` output: one sheet of figures, then one sheet per table of the documents, its
/// cells read as numbers the way the figures stage reads them.
public enum DocumentWorkbook {
    /// `extract --format xlsx`: one document, its figures with its number and date.
    public static func data(of document: Document) throws -> Data {
        try XLSXWriter.data([FiguresSheet.sheet(document.figures, document: document)] + tableSheets(of: [document]))
    }

    /// `figures --xlsx`: the figures of every input (the contract's columns), then their tables.
    public static func data(figures: [Figure], documents: [Document]) throws -> Data {
        try XLSXWriter.data([FiguresSheet.sheet(figures)] + tableSheets(of: documents))
    }

    private static func tableSheets(of documents: [Document]) -> [Sheet] {
        let tables = documents.flatMap { $0.blocks.compactMap(\.table) }
        return tables.enumerated().map { index, table in
            TableSheet.sheet(table, name: TableSheet.name(of: table, index: index), number: TableFigureReader.value(of:))
        }
    }
}
