import CXlsxWriter
import Foundation

/// An xlsx workbook being written: owns libxlsxwriter's workbook, which owns its sheets and
/// formats; `close()` writes the file and frees them all. The C pointers stay in this file.
final class Workbook {
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private let bold: UnsafeMutablePointer<lxw_format>?
    private var percentFormats: [Int: UnsafeMutablePointer<lxw_format>] = [:]

    init(path: String) throws(SpreadsheetError) {
        guard let workbook = workbook_new(path) else { throw .cannotCreate(path) }
        self.workbook = workbook
        bold = workbook_add_format(workbook)
        format_set_bold(bold)
    }

    deinit {
        // Only when `close()` was not reached (an error on the way): frees what the library holds.
        if let workbook { workbook_close(workbook) }
    }

    func add(_ sheet: Sheet) throws(SpreadsheetError) {
        guard let workbook, let worksheet = workbook_add_worksheet(workbook, sheet.name) else {
            throw .cannotAddSheet(sheet.name)
        }
        for (row, cells) in sheet.rows.enumerated() {
            let format = row < sheet.headerRows ? bold : nil
            for (column, cell) in cells.enumerated() {
                try write(cell, to: worksheet, row: UInt32(row), column: UInt16(column), format: format)
            }
        }
        if sheet.headerRows > 0 { worksheet_freeze_panes(worksheet, UInt32(sheet.headerRows), 0) }
        for (column, width) in sheet.columnWidths.enumerated() {
            // Room for the text and the filter arrow, never so wide a column hides the next ones.
            let shown = Double(min(max(width, 6), Self.widestColumn) + 2)
            worksheet_set_column(worksheet, UInt16(column), UInt16(column), shown, nil)
        }
    }

    /// Columns wider than this many characters wrap in the spreadsheet instead.
    static let widestColumn = 60

    /// Writes the file.
    func close() throws(SpreadsheetError) {
        guard let workbook else { return }
        self.workbook = nil
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else { throw .cannotWrite(String(cString: lxw_strerror(status))) }
    }

    private func write(
        _ cell: SheetCell, to worksheet: UnsafeMutablePointer<lxw_worksheet>, row: UInt32, column: UInt16,
        format: UnsafeMutablePointer<lxw_format>?
    ) throws(SpreadsheetError) {
        let status: lxw_error
        switch cell {
        case .empty:
            return
        case .text(let text):
            status = worksheet_write_string(worksheet, row, column, text, format)
        case .number(let value):
            status = worksheet_write_number(worksheet, row, column, value, format)
        case .percent(let value, let decimals):
            status = worksheet_write_number(worksheet, row, column, value, percentFormat(decimals))
        }
        guard status == LXW_NO_ERROR else { throw .cannotWrite(String(cString: lxw_strerror(status))) }
    }

    /// "0%", "0.0%", "0.00%"…: a share shown with as many decimals as the document printed.
    private func percentFormat(_ decimals: Int) -> UnsafeMutablePointer<lxw_format>? {
        if let format = percentFormats[decimals] { return format }
        guard let workbook, let format = workbook_add_format(workbook) else { return nil }
        format_set_num_format(format, decimals > 0 ? "0." + String(repeating: "0", count: decimals) + "%" : "0%")
        percentFormats[decimals] = format
        return format
    }
}
