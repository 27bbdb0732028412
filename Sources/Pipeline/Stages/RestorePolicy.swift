/// How `extract` restores Vietnamese text (`--restore`).
public enum RestorePolicy: String, Sendable, CaseIterable {
    /// Per line, the restorer decides whether text is stripped, garbled or good, and leaves
    /// good text alone; pages OCR'd with the Vietnamese model get residual error correction.
    case auto
    /// Every page is restored for what it is: OCR with the Vietnamese model gets residual
    /// error correction (`post`), OCR with another model gets garbled-OCR correction (`ocr`),
    /// text layers and text files get `auto`.
    case on
    case off
}
