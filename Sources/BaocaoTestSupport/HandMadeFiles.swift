import Foundation

/// Small files written byte by byte, each declaring something a hostile input would.
package enum HandMadeFiles {
    /// A one-page PDF with the given MediaBox and a line of text, with a correct xref table.
    package static func pdf(mediaBox: String, text: String = "Bao cao tong hop") -> Data {
        pdf(mediaBox: mediaBox, content: "BT /F1 12 Tf 72 72 Td (\(text)) Tj ET")
    }

    /// An A4 page covered by one image declaring `width`×`height` pixels, its stream a few
    /// bytes long: what an image decompression bomb looks like.
    package static func pdfWithImage(width: Int, height: Int) -> Data {
        let image = "<< /Type /XObject /Subtype /Image /Width \(width) /Height \(height) /ColorSpace /DeviceGray "
            + "/BitsPerComponent 8 /Length 4 >>\nstream\n\u{0}\u{0}\u{0}\u{0}\nendstream"
        return pdf(mediaBox: "0 0 595 842", content: "q 595 0 0 842 0 0 cm /Im1 Do Q", xObject: image)
    }

    /// One page of `mediaBox` drawn by the content stream `stream` (Helvetica is /F1).
    package static func pdf(mediaBox: String, content stream: String, xObject: String? = nil) -> Data {
        let xObjects = xObject == nil ? "" : "/XObject << /Im1 6 0 R >> "
        var objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [\(mediaBox)] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> \(xObjects)>> >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        if let xObject { objects.append(xObject) }
        return file(objects)
    }

    /// An A4 page drawn by `content` with a signature field whose widget shows `appearance`
    /// (a content stream in which Helvetica is /F1), as a signing tool stamps a document.
    package static func signedPDF(content: String, appearance: String) -> Data {
        file([
            "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] /SigFlags 3 >> >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Annots [6 0 R] "
                + "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /F 132 /Rect [10 800 400 838] /P 3 0 R "
                + "/AP << /N 7 0 R >> >>",
            "<< /Type /XObject /Subtype /Form /BBox [0 0 390 38] /Resources << /Font << /F1 5 0 R >> >> "
                + "/Length \(appearance.utf8.count) >>\nstream\n\(appearance)\nendstream",
        ])
    }

    /// The objects numbered from 1, with a correct xref table.
    package static func file(_ objects: [String]) -> Data {
        var body = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(body.utf8.count)
            body += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = body.utf8.count
        body += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { body += String(format: "%010d 00000 n \n", offset) }
        body += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(body.utf8)
    }

    /// A little-endian, uncompressed 8-bit gray TIFF with one directory per (width, height).
    /// Every page points at the same few pixel bytes, so a page may declare any size while
    /// the file stays tiny: what a decompression bomb looks like to a header reader.
    package static func tiff(pages: [(width: UInt32, height: UInt32)]) -> Data {
        var bytes: [UInt8] = [0x49, 0x49, 0x2A, 0x00]
        let pixelsOffset: UInt32 = 8
        let pixels = [UInt8](repeating: 0xFF, count: 64)
        let entryCount = 9
        let directorySize = 2 + entryCount * 12 + 4
        let firstDirectory = Int(pixelsOffset) + pixels.count
        bytes += le32(UInt32(firstDirectory)) + pixels
        for (index, page) in pages.enumerated() {
            let next = index + 1 < pages.count ? UInt32(firstDirectory + (index + 1) * directorySize) : 0
            let entries: [(tag: UInt16, type: UInt16, value: UInt32)] = [
                (256, 4, page.width), (257, 4, page.height), (258, 3, 8), (259, 3, 1), (262, 3, 1),
                (273, 4, pixelsOffset), (277, 3, 1), (278, 4, page.height), (279, 4, UInt32(pixels.count)),
            ]
            bytes += le16(UInt16(entries.count))
            for entry in entries {
                bytes += le16(entry.tag) + le16(entry.type) + le32(1)
                bytes += entry.type == 3 ? le16(UInt16(entry.value)) + [0, 0] : le32(entry.value)
            }
            bytes += le32(next)
        }
        return Data(bytes)
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}
