/// One piece of text as `TextPieces` cuts it: what it is, and the scalars it covers.
package struct TextPiece: Sendable {
    package enum Kind: Sendable {
        case word
        case number
        case space
        /// Whitespace holding a form feed or a blank line: ends the sentence and the paragraph.
        case paragraphBreak
        /// . ! ? ; : … end a sentence for the language model.
        case sentenceEnd
        case punctuation
    }

    package var kind: Kind
    package var range: Range<Int>
}
