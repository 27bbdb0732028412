import CPoppler

/// Owns one poppler page; converts what poppler returns into Swift values and frees the
/// C side before returning.
final class PDFPage {
    /// Internal so the rendering extension can draw it; never leaves the module.
    let handle: OpaquePointer

    init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    var size: (width: Double, height: Double) {
        var width = 0.0, height = 0.0
        poppler_page_get_size(handle, &width, &height)
        return (width, height)
    }

    /// The crop box's width and height, as the page is stored (before `/Rotate`).
    var cropBox: (width: Double, height: Double) {
        var box = PopplerRectangle()
        poppler_page_get_crop_box(handle, &box)
        return (abs(box.x2 - box.x1), abs(box.y2 - box.y1))
    }

    /// The page text in poppler's reading order, one Unicode scalar per layout rectangle.
    var text: String {
        guard let raw = poppler_page_get_text(handle) else { return "" }
        defer { g_free(raw) }
        return String(cString: raw)
    }

    /// One rectangle per Unicode scalar of `text`, in points from the top-left corner.
    var characterBoxes: [PDFRect] {
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(handle, &rectangles, &count) != 0, let rectangles else { return [] }
        defer { g_free(rectangles) }
        return (0..<Int(count)).map { i in
            let r = rectangles[i]
            return PDFRect(x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y2)
        }
    }

    /// Font runs over scalar offsets of `text`.
    var fontRuns: [PDFFontRun] {
        guard let list = poppler_page_get_text_attributes(handle) else { return [] }
        defer { poppler_page_free_text_attributes(list) }
        var runs: [PDFFontRun] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let data = current.pointee.data {
                let attributes = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                let name = attributes.font_name.map { String(cString: $0) } ?? ""
                let color = attributes.color
                runs.append(PDFFontRun(
                    start: Int(attributes.start_index), end: Int(attributes.end_index),
                    fontName: name, fontSize: attributes.font_size,
                    invisible: PDFFontRun.isWhite(red: color.red, green: color.green, blue: color.blue)))
            }
            node = current.pointee.next
        }
        return runs
    }

    /// Whether one of the page's form fields is a signature (whose widget draws the stamp).
    var hasSignatureField: Bool {
        guard let list = poppler_page_get_form_field_mapping(handle) else { return false }
        defer { poppler_page_free_form_field_mapping(list) }
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let data = current.pointee.data {
                let mapping = data.assumingMemoryBound(to: PopplerFormFieldMapping.self).pointee
                if let field = mapping.field, poppler_form_field_get_field_type(field) == POPPLER_FORM_FIELD_SIGNATURE {
                    return true
                }
            }
            node = current.pointee.next
        }
        return false
    }

    /// Areas covered by images, in points.
    var imageAreas: [PDFRect] { imageMapping().map(\.area) }

    /// Ids of the images drawn exactly in `area`.
    func imageIDs(in area: PDFRect) -> [Int32] { imageMapping().filter { $0.area == area }.map(\.id) }

    /// The decoded image `id`; the caller destroys the surface.
    func image(id: Int32) -> OpaquePointer? { poppler_page_get_image(handle, id) }

    private func imageMapping() -> [(area: PDFRect, id: Int32)] {
        guard let list = poppler_page_get_image_mapping(handle) else { return [] }
        defer { poppler_page_free_image_mapping(list) }
        var areas: [(area: PDFRect, id: Int32)] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let data = current.pointee.data {
                let mapping = data.assumingMemoryBound(to: PopplerImageMapping.self).pointee
                let area = mapping.area
                areas.append((PDFRect(x1: area.x1, y1: area.y1, x2: area.x2, y2: area.y2), mapping.image_id))
            }
            node = current.pointee.next
        }
        return areas
    }
}
