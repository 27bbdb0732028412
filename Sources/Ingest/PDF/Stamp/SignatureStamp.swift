import Foundation

/// The text of a PDF's digital signature stamp: what its signature widgets draw ("Ký bởi:
/// …", "Cơ quan: …", "Ngày ký: …"). pdftotext prints it, poppler-glib's page text does not.
enum SignatureStamp {
    /// The lines of the first signature widget whose appearance draws text; empty when none.
    static func lines(inFileAt path: String) -> [String] {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return [] }
        return lines(in: PDFObjectTable(bytes: [UInt8](data)))
    }

    static func lines(in table: PDFObjectTable) -> [String] {
        var reader = AppearanceText(table: table)
        // Only objects naming a widget are parsed; most of a file is page content and fonts.
        for number in table.objects(containing: widgetName) {
            guard let widget = table.object(number)?.value, widget["Subtype"] == .name("Widget"),
                isSignatureField(widget, table),
                let appearance = table.resolved(widget["AP"])?["N"]?.referenceNumber
            else { continue }
            let lines = reader.lines(ofForm: appearance)
            if !lines.isEmpty { return lines }
        }
        return []
    }

    /// A widget of a signature field: "/FT /Sig" on the widget or on its parent field.
    private static func isSignatureField(_ widget: PDFValue, _ table: PDFObjectTable) -> Bool {
        if widget["FT"] == .name("Sig") { return true }
        return table.resolved(widget["Parent"])?["FT"] == .name("Sig")
    }

    private static let widgetName = Array("/Widget".utf8)
}
