import DocumentModel

extension Block {
    /// The block with where its lines were printed: one box per page (the union of its lines'
    /// boxes there) and its characters' places, which put its figures on the page.
    func placed(_ raw: RawBlock) -> Block { placed(CollectionOfOne(raw)) }

    /// The block made of several raw blocks (a heading's label and its title on the lines below).
    func placed(_ raws: some Sequence<RawBlock>) -> Block {
        var block = self
        let lines = raws.flatMap(\.lines)
        block.boxes = PageBox.unionByPage(lines.compactMap { line in line.box.map { PageBox(page: line.page, box: $0) } })
        var layout = TextLayout()
        for line in lines { if let placed = line.layout { layout.append(placed) } }
        block.layout = layout.isPlaced ? layout : nil
        return block
    }
}
