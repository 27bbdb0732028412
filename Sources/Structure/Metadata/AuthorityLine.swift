/// A line of a signature block above the name: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
/// "PHÓ CHỦ TỊCH", "CHỦ TỊCH QUỐC HỘI".
enum AuthorityLine {
    /// Starts with an authority prefix ("TM.", "KT.", "Q.", "TL."…).
    static func hasPrefix(_ text: String) -> Bool {
        DocumentVocabulary.authorityPrefixes.contains { text.hasPrefix($0) }
    }

    /// A short line in capitals holding a signer's title.
    static func isTitle(_ text: String) -> Bool {
        guard text.utf8.count <= 180, text.count <= 60, mostlyCapitals(text) else { return false }
        let key = TextKey.of(text)
        return DocumentVocabulary.signerTitles.contains { key.contains(TextKey.of($0)) }
    }

    /// A body named inside a signature block, between its titles: "KT. CHỦ TỊCH" / "ỦY BAN
    /// CHỨNG KHOÁN NHÀ NƯỚC" / "PHÓ CHỦ TỊCH".
    static func isBody(_ text: String) -> Bool {
        text.utf8.count <= 180 && text.count <= 60 && mostlyCapitals(text)
    }

    /// A name run on after the title on one line ("THỨ TRƯỞNG Nguyễn Đức Chi", two columns OCR
    /// read as one): the title part and the name.
    static func splitName(_ text: String) -> (title: String, name: String)? {
        let words = text.split(separator: " ").map(String.init)
        for start in words.indices.dropFirst() where words[start].first?.isUppercase == true {
            let tail = words[start...].joined(separator: " ")
            if let name = PersonName.name(in: tail), HeaderReader.isCapitals(words[..<start].joined(separator: " ")) {
                return (words[..<start].joined(separator: " "), name)
            }
        }
        return nil
    }

    /// Nearly all letters capitals: a glued mark ("TƯỚNGy]") is let through, a sentence is not.
    private static func mostlyCapitals(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 4 && letters.filter(\.isUppercase).count * 10 >= letters.count * 9
    }

    /// The line as it should read: OCR's commas and glued marks gone ("ỦY, BAN" → "ỦY BAN",
    /// a hidden run poppler glued on, "TƯỚNGy]" → "TƯỚNG"), a title misread by OCR mended
    /// ("TRƯỜNG BAN" → "TRƯỞNG BAN").
    static func cleaned(_ text: String) -> String {
        // A line in mixed case is left as written ("TM. Ủy ban nhân dân").
        guard mostlyCapitals(text) else { return text }
        var words = text.split(separator: " ").map { word -> String in
            // Keep the word up to where capitals end; a prefix's dot or slash stays. A word
            // written as a name ("Chi") goes whole.
            var kept = ""
            for character in word {
                if character.isLetter, !character.isUppercase { break }
                if character == "," || character == "]" || character == "[" { continue }
                kept.append(character)
            }
            return kept.filter(\.isLetter).count == 1 && word.count > kept.count ? "" : kept
        }
        words.removeAll { $0.isEmpty }
        var line = words.joined(separator: " ")
        let prefix = DocumentVocabulary.authorityPrefixes.first { line.hasPrefix($0) }
        let body = prefix.map { String(line.dropFirst($0.count)).trimmingWhitespace() } ?? line
        if let title = DocumentVocabulary.signerTitles.first(where: { TextKey.of($0) == TextKey.of(body) }) {
            line = prefix.map { $0.trimmingWhitespace() + " " + title } ?? title
        }
        return line
    }
}
