/// The words a table's caption lines start with, for ingestion (which stops a table's header
/// at its caption) and for the structure stage (which reads the caption into the table).
public enum TableCaptionWords {
    /// Words a table's label starts with, without their marks, lower case (OCR reads "Biểu"
    /// as "Biếu"): "Phụ lục 01", "Biểu số 02/XLĐ", "Bảng 1:".
    public static let labels = ["phu luc", "bieu so", "bieu mau", "bieu", "bang", "mau so"]

    /// The unit line, lower case: "Đơn vị tính: đơn", "(Đơn vị tính: vụ việc)".
    public static func isUnit(lowercased line: String) -> Bool {
        line.hasPrefix("đơn vị tính") || line.hasPrefix("(đơn vị tính")
    }

    /// The unit line without its marks, lower case, as a stripped text or OCR writes it ("Don
    /// vi tinh: don"): the same words as `isUnit(lowercased:)`'s.
    public static func isUnit(folded line: String) -> Bool {
        line.hasPrefix("don vi tinh") || line.hasPrefix("(don vi tinh")
    }
}
