import VietnameseText

/// Syllables names are made of: the ones the corpus (../shared/corpus gazette, laws, news-civic,
/// news-baomoi, wiki) writes with a capital (first letter only) at least half of the 20 or more
/// times it writes them after another word of the same sentence ("hải" of Hải Phòng, "hà",
/// "nguyễn", "đắk", "krông"), most frequent first; one vowel run, Vietnamese letters only, and
/// a shape Vietnamese spells or a marked name whose onset or coda it does not ("krông",
/// "đắk"; not "nguyê", a cut "nguyên"). Two readers: the case of a word read from a
/// token whose capital the OCR lost to a digit (`DigitLedCase`), and the OCR channel's
/// inventory, which holds only Vietnamese syllables and so could never give back a marked name
/// that spells none (`outsideSyllables`).
enum NameSyllables {
    static let capitalised: Set<String> = Set("""
        nam trung việt mỹ nội bình hà đông nguyễn hoa bắc tây đức hoàng hải thái nhật sơn ủy nga dương ninh
        phó đảng triều trần kim quảng hiệp thiên long phúc lan xuân lê tân vương âu cục yên giang phi ấn la
        phú ngọc hồng lâm linh hàn nha hương đài thượng đà mai hưng tuấn vĩnh hùng khánh võ sa tông vinh xô
        vân dũng hán nẵng trà chu tĩnh ngô thăng lộc đỗ tết thánh cup tam kiên phật phan lào bồ đinh thạch
        thụy chánh vịnh nhi thọ sài san loan trinh huyền phước man tùng huỳnh thịnh gòn hoài huế nhĩ tống
        rập nai hiếu mông phượng tần tháp lạp bùi bái tú quỳnh trịnh úc đặng kiều lam đắk đan hiền trăng
        luân liêu na kiệt mau huệ tạng đôn my sen nhưỡng vũng cẩm cửu lữ nho thạnh tràng lạng thùy yến tre
        nhã thúy lạt bích mộc nhơn ngãi bỉ ngụy liêm mường quế trạch kông đống khê tum lắk diệu giêng kong
        gò phùng quỷ kon khang hong mậu séc phụng miếu tạ rịa khải rạch dậu nguyệt chiêm le oanh hãn nhung
        diệm huân quyên king khuê pa lầu khương uyên khanh ki tịnh lư quỳ diệp mao sun thoa tào diên hóc
        liễu cúc kha tề mẫn đăk oai trãi day thuột tho hân vy krông hắc xuyến bồng ngạn me tiệp diễm ben
        miến chiểu vỹ phả quất it nôm chưởng sầm tuyền ngọ tom cù si xiêm quách khâm thới go hường síp min
        hoằng doãn mĩ tý kạn thiểm sam ia don đéc thắm uông trâm hiên nà tòng han mac lã duẩn mân dong càn
        hun tràm hợi đổng nậm tày lạch dĩnh pu thìn toản lim thuỵ thy sửu cuông bửu choi thiêm ka trác chàm
        pep hới hanh nhâm phạn liu pen sán lặc rain biền rai guam mão ken áng sanh ngưu miu sê vin dan ôi ất
        penh him nhạ thuấn mịch uẩn chang op lăk hạo gi dũ dật trảng oa pắk kang re são nùng siu hột nghé
        cang bàu mễ huyên vàm mỗ po hựu bỉnh nhổn vạc cồ main lức nê ngải tánh đuống hinh giàng viêng ian
        suit dực kai diêu hỷ lậy dơi pot nin sái mú đạ cảo tran diệc nhữ đẫy leon hoắc chiềng luông ron đẩu
        ngát păh toại he map mun riềng gun duật mia tuế gianh kham khơ đước ming tàm hàu nhạn tè chử ny seo
        ná guy nhựt ky mần nghè pan sình xiển tech đĩnh chin bứa ngọa mãng pay bôn hmông lài mach nộn phệ
        ring gành đoa đoài huề hòe khuông koch cech huê ne cap nghiêu net get cat heng koi nguỵ tray got lin
        bing doan sing bụt nhuế chun liễn dữu chơ choang kiền bống kao nghinh sìn cổn dền pôn pắc rich thào
        tong chuôn chơn khản phìn ram thing tộ dy guang oánh chiang jút kan lạn quýnh báp chong hui let ang
        hạp kung lôn xín bun met thuý trạc tèo chứt din hác khăm nhứt pac vic ce hua kop poe duyện lãn ngung
        niết cun hu khú nưa ping rui chau dế ngo sui eng pat xậm đốp dõng trôm tớp xang đak cen nãi pênh
        thuỳ yêm aung bach kiển lian nâm prông thát dận gin kô thít train gaon khau soài sãi bân luang mom
        nghì ngái ac león pác riu rí ưởng cheng gâm hế sênh tằng búk ngõa nhèm nhương pham đươm huang joão
        khảng miễu triêng boi bum liệp mán phớc pù raúl tiêng trip kay ling muang phnôm thoan xồng dom gap
        hủa lải phiêng pia pà rin xtiêng liam luyên ngoc níc sác trươi cham choe diểu gong hiệt huổi hử kam
        mỵ tịu bop brâu dam hoản luc lống meng ning poin pun păng trum trấp xú đom chon leng phăn phạ thoán
        vừ xán lot ngoi rốm tian tẻh xuyền yêng bui giu goa lạo nhim pain thiềm yển daun hrê huyến loch lèng
        pá rim sap tẩn viềng việp xắc beo nhum nhùn pui rộc siềng thom thàng lủ nặm thin vưu bửng cạ cờn
        léon lòn nầm nẫm sìu trẩm tạch đị ching kin măm nèn pang pú pả seng suê triêu tó viêt xan xiêng ía
        hin liang méc nghèn pe ré sốp tiển chá cuôr díaz hỏn khaing miêng nhụ nưng phat pong sặt thài ét
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// The marked names whose letters spell no Vietnamese syllable under any tone, Central
    /// Highlands names mostly ("đắk", "lắk", "krông", "jút", "búk", "hmông"): the English model
    /// prints them without their marks ("Dak Lak", "Krong Buk") and only a reading of the
    /// channel brings them back. A syllable with a tone it cannot take ("viêt", a misprint of
    /// "việt") is no name.
    static let outsideSyllables: [String] = capitalised.filter { name in
        !VietnameseSyllable.isSpelling(name.unicodeScalars) && name.unicodeScalars.contains { !$0.isASCII }
    }.sorted()
}
