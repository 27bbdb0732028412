/// A tone mark to take off one letter of a word and put on another.
package struct ToneMove: Equatable, Sendable {
    package var from: Int
    package var to: Int
    package var tone: Tone
}
