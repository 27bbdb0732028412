import CTesseract

enum LeptonicaMessages {
    /// leptonica prints its own errors to stderr; ours say the same in one line.
    static func silence() {
        _ = setMsgSeverity(Int32(L_SEVERITY_NONE))
    }
}
