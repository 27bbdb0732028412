import DocumentModel

extension Block {
    /// The block with where its lines were printed: one box per page (the union of its lines'
    /// boxes there) and its characters' places, which put its figures on the page.
    func placed(_ raw: RawBlock) -> Block {
        var block = self
        block.boxes = PageBox.unionByPage(raw.lines.compactMap { line in line.box.map { PageBox(page: line.page, box: $0) } })
        var layout = TextLayout()
        for line in raw.lines { if let lines = line.layout { layout.append(lines) } }
        block.layout = layout.isPlaced ? layout : nil
        return block
    }
}
