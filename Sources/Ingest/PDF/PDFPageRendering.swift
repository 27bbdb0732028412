import CPoppler

extension PDFPage {
    /// The page's inked region in points, from a coarse rendering, with `margin` points
    /// around it; nil when nothing is drawn. A page drawn with vector text (a gazette's back
    /// cover) is mostly white: OCR of its inked region alone costs a fraction of the page's.
    func inkedRegion(probeDPI: Double = 50, margin: Double = 12) -> PDFRect? {
        let (width, height) = size
        guard let probe = render(dpi: probeDPI) else { return nil }
        // Anti-aliased strokes of small type still come out a shade darker than the paper.
        let paper: UInt8 = 245
        var minX = probe.width, minY = probe.height, maxX = -1, maxY = -1
        probe.pixels.withUnsafeBufferPointer { pixels in
            for y in 0..<probe.height {
                let row = y * probe.width
                for x in 0..<probe.width where pixels[row + x] < paper {
                    minX = min(minX, x)
                    maxX = max(maxX, x)
                    // Rows are read top to bottom: the first inked row is the top.
                    if maxY < 0 { minY = y }
                    maxY = y
                }
            }
        }
        guard maxX >= 0 else { return nil }
        let pointsPerPixel = 72 / probeDPI
        return PDFRect(
            x1: max(0, Double(minX) * pointsPerPixel - margin), y1: max(0, Double(minY) * pointsPerPixel - margin),
            x2: min(width, Double(maxX + 1) * pointsPerPixel + margin),
            y2: min(height, Double(maxY + 1) * pointsPerPixel + margin))
    }

    /// Renders the page, or only `region` of it (in points), into an 8-bit gray picture at
    /// `dpi` on a white background. The picture remembers where on the page it starts.
    func render(dpi: Double, region: PDFRect? = nil) -> GrayImage? {
        let (width, height) = size
        let area = region ?? PDFRect(x1: 0, y1: 0, x2: width, y2: height)
        let scale = dpi / 72
        let pixelWidth = Int(((area.x2 - area.x1) * scale).rounded(.up))
        let pixelHeight = Int(((area.y2 - area.y1) * scale).rounded(.up))
        guard pixelWidth > 0, pixelHeight > 0, pixelWidth < Int(Int32.max), pixelHeight < Int(Int32.max) else {
            return nil
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pixelWidth), Int32(pixelHeight))
        else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let context = cairo_create(surface) else {
            return nil
        }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        cairo_translate(context, -area.x1, -area.y1)
        poppler_page_render(handle, context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        let stride = Int(cairo_image_surface_get_stride(surface))
        return GrayImage(
            width: pixelWidth, height: pixelHeight, dpi: dpi, originX: area.x1, originY: area.y1,
            pixels: PDFPage.gray(from: data, width: pixelWidth, height: pixelHeight, stride: stride))
    }

    /// RGB24 (little-endian xRGB words) to luma with integer BT.601 weights.
    private static func gray(from data: UnsafeMutablePointer<UInt8>, width: Int, height: Int, stride: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: width * height) { buffer, count in
            for y in 0..<height {
                let row = data + y * stride
                for x in 0..<width {
                    let pixel = row + x * 4
                    let luma = (Int(pixel[2]) * 77 + Int(pixel[1]) * 150 + Int(pixel[0]) * 29) >> 8
                    buffer[y * width + x] = UInt8(luma)
                }
            }
            count = width * height
        }
    }
}
