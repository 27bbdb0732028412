/// A signer's name as printed under the signature: two to six words, each a capital and
/// lower-case letters ("Nguyễn Thị Kim Dung"). OCR's specks after it ("Vi Thanh Quyền 3")
/// are not part of it.
enum PersonName {
    static func name(in text: String) -> String? {
        var words = text.split(separator: " ").map(String.init)
        while let last = words.last, !last.contains(where: \.isLetter) { words.removeLast() }
        guard (2...6).contains(words.count) else { return nil }
        for word in words {
            guard let first = word.first, first.isUppercase, word.allSatisfy(\.isLetter),
                word.dropFirst().allSatisfy(\.isLowercase)
            else { return nil }
        }
        let name = words.joined(separator: " ")
        // Words of the closing that look like a name: "Nơi nhận", "Ghi chú".
        return DocumentVocabulary.closingPhrases.contains { TextKey.hasPrefix(name, $0) } ? nil : name
    }
}
