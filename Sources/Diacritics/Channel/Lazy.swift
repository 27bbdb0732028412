import Locking

/// A value made the first time it is asked for, once, whichever thread asks first.
final class Lazy<Value: Sendable>: Sendable {
    private let made = Locked<Value?>(nil)
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    var value: Value {
        made.withLock { made in
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}

/// Candidates from a generator that is built on the first token that needs it. The OCR
/// channels take a tenth of a run's start-up to read, and a run over digital text never
/// uses them.
struct DeferredCandidates: CandidateGenerator, NumberReadingGenerator {
    private let generator: Lazy<any CandidateGenerator>

    init(_ make: @escaping @Sendable () -> any CandidateGenerator) {
        generator = Lazy(make)
    }

    func candidates(for token: String, model: LanguageModel) -> [Candidate] {
        generator.value.candidates(for: token, model: model)
    }

    /// The channel's readings of a lone digit ("6" for "ở"), passed on from the generator.
    func readings(ofNumber token: String, model: LanguageModel) -> [Candidate] {
        (generator.value as? any NumberReadingGenerator)?.readings(ofNumber: token, model: model) ?? []
    }
}
