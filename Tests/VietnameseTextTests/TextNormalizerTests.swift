import Testing

@testable import VietnameseText

@Suite struct TextNormalizerTests {
    /// "hoà" and "hòa" are both right: the text keeps the document's placement.
    @Test func tonesStayWhereTheDocumentPutThem() {
        for text in ["hoà giải, thuỷ lợi, uỷ ban, khoẻ mạnh", "hòa giải, thủy lợi, ủy ban, khỏe mạnh", "Uỷ ban nhân dân, HOÀ"] {
            #expect(TextNormalizer.normalize(text) == text)
        }
    }

    /// The form vocabularies are compared in: every tone where government documents put it.
    @Test func placingTonesMovesThemWhereVocabulariesWriteThem() {
        #expect(TextNormalizer.placingTones(in: "hoà giải, thuỷ lợi, uỷ ban, khoẻ mạnh") == "hòa giải, thủy lợi, ủy ban, khỏe mạnh")
        #expect(TextNormalizer.placingTones(in: "Uỷ ban nhân dân, Hoà Bình, HOÀ, muà") == "Ủy ban nhân dân, Hòa Bình, HÒA, mùa")
        #expect(TextNormalizer.placingTones(in: "quý, quỹ, hoàn thành, thuyết, khuya") == "quý, quỹ, hoàn thành, thuyết, khuya")
        // Offsets into the text stay valid: a mark moves, no scalar is added or lost.
        let text = "Huyện uỷ, hoà giải 12 vụ"
        #expect(TextNormalizer.placingTones(in: text).unicodeScalars.count == text.unicodeScalars.count)
    }

    @Test func textIsComposed() {
        #expect(TextNormalizer.normalize("Vie\u{0302}\u{0323}t Nam") == "Việt Nam")
    }

    @Test func splitSyllablesAreRejoined() {
        #expect(TextNormalizer.normalize("09 huy ện, 01 thành ph ố") == "09 huyện, 01 thành phố")
        #expect(TextNormalizer.normalize("K ết lu ận của Ban") == "Kết luận của Ban")
        #expect(TextNormalizer.normalize("ng ười dân và các c ấp") == "người dân và các cấp")
        // "Q uỳnh": a qu + y rhyme, which the shape check Structure had could not spell.
        #expect(TextNormalizer.normalize("xã Q uỳnh Lâm") == "xã Quỳnh Lâm")
        // A footnote call after the word is no code: the pieces still join.
        #expect(TextNormalizer.normalize("huy ện2, thành ph ố15.") == "huyện2, thành phố15.")
        #expect(TextNormalizer.normalize("a-huy ện2020") == "a-huy ện2020")
        #expect(TextNormalizer.normalize("kế hoạch dé t6 chức") == "kế hoạch dé t6 chức")
        // A joined word keeps its marks where they were.
        #expect(TextNormalizer.normalize("hòa ho à") == "hòa hoà")
    }

    /// A line that opens with the rest of a syllable cut by a hyphen on the line above ("thươ-" /
    /// "ng mại") holds that rest, not a piece of the next word: "ng mại" is no "ngại".
    @Test func theRestOfAHyphenatedSyllableIsNoPieceOfTheNextWord() {
        let text = "phát triển thươ-\nng mại điện tử\nsở hữu Trư-\nờng ốc"
        #expect(TextNormalizer.normalize(text) == text)
        // Without the hyphen above, the pieces still join.
        #expect(TextNormalizer.normalize("phát triển\nng ười dân") == "phát triển\nngười dân")
    }

    @Test func realNeighboursStaySeparate() {
        let text = "cho ông ấy ở lại, và ủy ban, tổ chức ăn uống, thu ước tính"
        #expect(TextNormalizer.normalize(text) == text)
        let typographic = "phong trào “Dân vận khéo” – năm 2023"
        #expect(TextNormalizer.normalize(typographic) == typographic)
    }

    @Test func noBreakSpacesBecomeSpacesAndSoftHyphensGo() {
        #expect(TextNormalizer.normalize("Tổng số\u{00A0}đơn: 12") == "Tổng số đơn: 12")
        #expect(TextNormalizer.normalize("giải quy\u{00AD}ết") == "giải quyết")
        #expect(TextNormalizer.normalize("huy\u{00A0}ện") == "huyện")
        #expect(TextNormalizer.normalize("12\u{202F}đơn, 3\u{2009}vụ") == "12 đơn, 3 vụ")
    }

    @Test func invisibleMarksOfWebPagesGo() {
        #expect(TextNormalizer.normalize("tiếp nhận 145 \u{200B}\u{200B}đơn") == "tiếp nhận 145 đơn")
        #expect(TextNormalizer.normalize("\u{FEFF}đạo đức\u{FEFF}, lối sống") == "đạo đức, lối sống")
        #expect(TextNormalizer.normalize("lượt\u{200D} công dân\u{2060}\u{200E}") == "lượt công dân")
        // A line with none of them is returned as it is.
        let plain = "Tiếp nhận 145 đơn."
        #expect(TextNormalizer.normalize(plain) == plain)
    }

    @Test func layoutIsKept() {
        // Indents, runs of spaces, line and page breaks are the layout's, not the words'.
        let text = "  Điều 1.   Phạm vi\n\thuyện\u{0C}Trang 2\r\n"
        #expect(TextNormalizer.normalize(text) == text)
        #expect(TextNormalizer.normalize("thành  ph ố") == "thành  phố")
        // A split syllable is only ever split within a line.
        #expect(TextNormalizer.normalize("huy\nện") == "huy\nện")
        #expect(TextNormalizer.normalize("huy   ện\nK ết") == "huyện\nKết")
    }

    @Test func plainAndGeneralLinesNormaliseAlike() {
        // The same words with "ệ" written decomposed, which takes the general (NFC) path.
        func general(_ text: String) -> String { text + " Vie\u{0302}\u{0323}t" }
        let lines = [
            "Tổng số   đơn\u{00A0}thư:  09 huy ện, thành ph ố ", "ng ười dân được uỷ ban hoà giải, khoẻ mạnh",
            "cho ông ấy ở lại, và ủy ban, K ết lu ận", "(huy ện) a-huy ện 2020 ện, quý khách, KẾT LU ẬN",
        ]
        for line in lines {
            #expect(LiteralScalars.holdAlone(in: line))
            #expect(!LiteralScalars.holdAlone(in: general(line)))
            #expect(TextNormalizer.normalize(general(line)) == TextNormalizer.normalize(line) + " Việt")
        }
    }
}
