/// What an administrative document says about itself: who issued it, its number, place and
/// date, its type and subject, who signed it and for whom it is meant, and the digital
/// signature's stamp. A field is nil when the document does not state it.
public struct DocumentMetadata: Sendable, Hashable, Codable {
    /// The issuing body's header lines, parent first ("ĐẢNG BỘ TỈNH BẮC GIANG", "BAN DÂN VẬN TỈNH ỦY").
    public var issuer: [String]?
    /// What follows "Số:" ("372/QĐ-BTC"); "/BC-UBND" when the number is left blank.
    public var number: String?
    public var place: String?
    public var date: DocumentDate?
    /// The type line as printed: "QUYẾT ĐỊNH", "BÁO CÁO", "LUẬT".
    public var type: String?
    /// The title lines under the type, joined by spaces.
    public var subject: String?
    public var signer: Signer?
    /// The "Nơi nhận:" items without their dashes and end punctuation.
    public var recipients: [String]?
    public var digitalSignature: DigitalSignature?

    public init(
        issuer: [String]? = nil, number: String? = nil, place: String? = nil, date: DocumentDate? = nil,
        type: String? = nil, subject: String? = nil, signer: Signer? = nil, recipients: [String]? = nil,
        digitalSignature: DigitalSignature? = nil
    ) {
        self.issuer = issuer
        self.number = number
        self.place = place
        self.date = date
        self.type = type
        self.subject = subject
        self.signer = signer
        self.recipients = recipients
        self.digitalSignature = digitalSignature
    }

    /// The signature block: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH" and the name.
    public struct Signer: Sendable, Hashable, Codable {
        public var authority: [String]?
        public var name: String?

        public init(authority: [String]? = nil, name: String? = nil) {
            self.authority = authority
            self.name = name
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(authority, forKey: .authority)
            try container.encode(name, forKey: .name)
        }
    }

    /// The stamp of a digital signature: "Ký bởi: …", "Cơ quan: …", "Ngày ký: …".
    public struct DigitalSignature: Sendable, Hashable, Codable {
        public var signer: String?
        public var organization: String?
        public var time: SigningTime?

        public init(signer: String? = nil, organization: String? = nil, time: SigningTime? = nil) {
            self.signer = signer
            self.organization = organization
            self.time = time
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(signer, forKey: .signer)
            try container.encode(organization, forKey: .organization)
            try container.encode(time, forKey: .time)
        }
    }

    enum CodingKeys: String, CodingKey {
        case issuer, number, place, date, type, subject, signer, recipients
        case digitalSignature = "digital_signature"
    }

    /// Every field is written, null when absent, as the schema lists them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(issuer, forKey: .issuer)
        try container.encode(number, forKey: .number)
        try container.encode(place, forKey: .place)
        try container.encode(date, forKey: .date)
        try container.encode(type, forKey: .type)
        try container.encode(subject, forKey: .subject)
        try container.encode(signer, forKey: .signer)
        try container.encode(recipients, forKey: .recipients)
        try container.encode(digitalSignature, forKey: .digitalSignature)
    }
}
