import Locking

/// Counts rendered pictures alive in a stream, for the tests that hold memory flat.
final class PictureGauge: Sendable {
    private let count = Locked((alive: 0, peak: 0))

    var peak: Int { count.withLock { $0.peak } }

    func rendered() {
        count.withLock { count in
            count.alive += 1
            count.peak = max(count.peak, count.alive)
        }
    }

    func released() { count.withLock { $0.alive -= 1 } }
}
