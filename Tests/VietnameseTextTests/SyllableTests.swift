import Testing
@testable import VietnameseText

@Suite("Vietnamese syllable inventory")
struct SyllableTests {
    @Test(arguments: ["người", "quyết", "gì", "giếng", "nghiêng", "khuya", "thủy", "hòa", "hoà", "kỹ",
                      "yêu", "uyên", "nguyễn", "xoong", "tuổi", "chiến", "quốc", "ủy", "Đảng", "Việt"])
    func acceptsRealSyllables(_ word: String) {
        #expect(VietnameseSyllable.isValid(word), "\(word) should be valid")
    }

    @Test(arguments: ["ket", "hoc", "thiêt", "sàch", "ci", "ce", "nge", "ghu",
                      "ngi", "qu", "ubnd", "tră", "hoàá", "tiê", "yiên", "kt"])
    func rejectsBrokenSyllables(_ word: String) {
        #expect(!VietnameseSyllable.isValid(word), "\(word) should be invalid")
    }

    @Test func stopCodasTakeOnlySacOrNang() {
        for tone in Tone.allCases {
            let fits = VietnameseSyllable(bases: Array("tap".unicodeScalars), tone: tone) != nil
            #expect(fits == (tone == .sac || tone == .nang))
        }
    }

    @Test func tonePlacementFollowsOldStyle() {
        #expect(VietnameseSyllable.normalizingTonePlacement("hoà") == "hòa")
        #expect(VietnameseSyllable.normalizingTonePlacement("thuỷ") == "thủy")
        #expect(VietnameseSyllable.normalizingTonePlacement("uỷ") == "ủy")
        #expect(VietnameseSyllable.normalizingTonePlacement("Khoẻ") == "Khỏe")
        #expect(VietnameseSyllable.normalizingTonePlacement("hoàng") == "hoàng")
        #expect(VietnameseSyllable.normalizingTonePlacement("quý") == "quý")
        #expect(VietnameseSyllable.normalizingTonePlacement("mùa") == "mùa")
        #expect(VietnameseSyllable.normalizingTonePlacement("muà") == "mùa")
        #expect(VietnameseSyllable.normalizingTonePlacement("HOÀ") == "HÒA")
        #expect(VietnameseSyllable.normalizingTonePlacement("UBND") == "UBND")
    }

    @Test func partsAreSplitByOrthography() throws {
        let syllable = try #require(VietnameseSyllable("nguyễn"))
        #expect(syllable.onset == "ng")
        #expect(syllable.glide == "u")
        #expect(syllable.nucleus == "yê")
        #expect(syllable.coda == "n")
        #expect(syllable.tone == .nga)
        let gi = try #require(VietnameseSyllable("gìn"))
        #expect(gi.onset == "g" && gi.nucleus == "i" && gi.coda == "n")
    }

    @Test func strippingRemovesEveryMark() {
        #expect(VietnameseMarks.strip("Đảng ủy Hà Nội, năm 2020") == "Dang uy Ha Noi, nam 2020")
        #expect(VietnameseMarks.strippedKey("NGƯỜI") == "nguoi")
        #expect(VietnameseMarks.containsMarks("đi"))
        #expect(!VietnameseMarks.containsMarks("di lam"))
    }

    @Test func accentedFormsCoverTheSyllableAndOnlyValidOnes() {
        let forms = VietnameseSyllable.accentedForms(ofStripped: "nguoi")
        #expect(forms.contains("người"))
        #expect(forms.contains("nguội"))
        #expect(forms.allSatisfy(VietnameseSyllable.isValid))
        #expect(Set(forms).count == forms.count)
        #expect(forms.allSatisfy { VietnameseMarks.strippedKey($0) == "nguoi" })
        let hoa = VietnameseSyllable.accentedForms(ofStripped: "hoa")
        #expect(hoa.contains("hòa") && !hoa.contains("hoà"))
        #expect(VietnameseSyllable.accentedForms(ofStripped: "ket").allSatisfy { $0.hasSuffix("t") })
        #expect(!VietnameseSyllable.accentedForms(ofStripped: "ket").contains("ket"))
    }
}
