/// Bold and italic as a font's PostScript name tells them ("LiberationSerif-BoldItalic").
struct FontStyle {
    let bold: Bool
    let italic: Bool

    init(fontName: String) {
        // Byte search on the ASCII-lowercased name: a page has hundreds of font runs, and
        // Foundation's `contains` made this the costliest line of text extraction (perf).
        let name = Array(fontName.utf8).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        func has(_ word: String) -> Bool {
            let needle = Array(word.utf8)
            guard name.count >= needle.count else { return false }
            return (0...(name.count - needle.count)).contains { start in
                name[start..<(start + needle.count)].elementsEqual(needle)
            }
        }
        bold = ["bold", "black", "heavy", "semibold", "demi"].contains(where: has)
        italic = has("italic") || has("oblique")
    }
}
