import DocumentModel
import VietnameseText
/// One token of a sentence: a word, a numeral or a punctuation mark.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case word, number, punctuation
    }

    var text: String
    /// Lowercased text with the tone where vocabularies write it ("hoà" → "hòa",
    /// `TextNormalizer.placingTones(in:)`), for matching vocabulary.
    var lower: String
    var kind: Kind
    /// Whether whitespace separates the token from the one before it ("3130-CV" has none).
    var spaceBefore: Bool
    /// Character offsets inside the sentence.
    var range: Range<Int>

    var isNumber: Bool { kind == .number }
    var isWord: Bool { kind == .word }
    func `is`(_ punctuation: String) -> Bool { kind == .punctuation && text == punctuation }
    /// Whether the token is one of the marks that bound a stretch (`StretchMarks`).
    func bounds(_ marks: Set<String>) -> Bool { kind == .punctuation && marks.contains(text) }
    var isDash: Bool { kind == .punctuation && (text == "-" || text == "–" || text == "—") }
    /// The sentence is written in capitals (a headline, a telegram, a heading): there a capital
    /// says nothing of a name (`Tokenizer.isWrittenInCapitals`).
    var inCapitalsSentence = false
    /// Whether the word starts with a capital letter, as names and abbreviations do; never in a
    /// sentence written in capitals, where "ĐƠN" is the unit "đơn".
    var isCapitalized: Bool { !inCapitalsSentence && (text.first?.isUppercase ?? false) }
}

/// Splits a sentence into tokens. Numerals keep their inner separators ("1.185,8", "38/51",
/// "18/5/2020"); letters glued to a numeral ("115.050m²", "80ha") become a word of their own.
enum Tokenizer {
    static func tokens(of sentence: String) -> [Token] {
        var tokens = LiteralScalars.holdAlone(in: sentence) ? tokens(of: Array(sentence.unicodeScalars)) : tokens(of: Array(sentence))
        if isWrittenInCapitals(tokens) {
            for index in tokens.indices { tokens[index].inCapitalsSentence = true }
        }
        return tokens
    }

    /// Words of two letters or more, all in capitals, make up nearly all the sentence's words
    /// ("TRONG NĂM, HUYỆN ĐÃ TIẾP NHẬN 145 ĐƠN KHIẾU NẠI"); abbreviations in a sentence of small
    /// letters ("UBND huyện tiếp nhận 12 đơn KN") do not.
    static func isWrittenInCapitals(_ tokens: [Token]) -> Bool {
        let words = tokens.filter { $0.isWord && $0.text.count >= 2 }
        guard words.count >= fewestWordsInCapitals else { return false }
        let shouting = words.filter { $0.text.allSatisfy { !$0.isLetter || $0.isUppercase } }.count
        return Double(shouting) >= shareOfWordsInCapitals * Double(words.count)
    }

    static let fewestWordsInCapitals = 4
    static let shareOfWordsInCapitals = 0.9

    private static func tokens<Unit: TextUnit>(of characters: [Unit]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        var spaceBefore = true
        while index < characters.count {
            let character = characters[index]
            if character.isSpace {
                spaceBefore = true
                index += 1
                continue
            }
            let start = index
            let kind: Token.Kind
            if character.isDigit {
                index = endOfNumeral(characters, from: index)
                kind = .number
            } else if character.isWordPart {
                while index < characters.count, characters[index].isWordPart { index += 1 }
                kind = .word
            } else {
                index += 1
                kind = .punctuation
            }
            let text = Unit.string(characters[start..<index])
            let lowered = Unit.lowercased(characters[start..<index], text: text)
            let lower = kind == .word ? VietnameseSyllable.normalizingTonePlacement(lowered) : lowered
            tokens.append(Token(text: text, lower: lower, kind: kind, spaceBefore: spaceBefore, range: start..<index))
            spaceBefore = false
        }
        return tokens
    }

    /// Digits, then any "." "," "/" that stands between two digits.
    private static func endOfNumeral<Unit: TextUnit>(_ characters: [Unit], from start: Int) -> Int {
        var index = start
        while index < characters.count {
            let character = characters[index]
            if character.isDigit {
                index += 1
            } else if character == Unit(".") || character == Unit(",") || character == Unit("/"),
                index + 1 < characters.count, characters[index + 1].isDigit
            {
                index += 1
            } else {
                break
            }
        }
        return index
    }
}
