import Locking

/// Shares `--jobs` between the documents being extracted and the second readers a document
/// may open. Every document holds a lane; a PDF opens a second reader on its own pages only
/// while a lane is free (a run of one document, the last documents of a batch), so the
/// cores that would sit idle read its pages and no more than `--jobs` readers ever run.
public final class ReadingLanes: Sendable {
    private let capacity: Int
    /// Lanes in use, and the most in use at once (for tests).
    private let lanes = Locked((used: 0, peak: 0))

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// A document starts: it holds a lane even when none is free (the batch bounds documents).
    func enter() {
        lanes.withLock { lanes in
            lanes.used += 1
            lanes.peak = max(lanes.peak, lanes.used)
        }
    }

    /// A document, or a second reader, is done with its lane.
    func leave() { lanes.withLock { $0.used -= 1 } }

    var inUse: Int { lanes.withLock { $0.used } }

    var peak: Int { lanes.withLock { $0.peak } }

    /// Takes a free lane for a second reader; false when every lane is busy.
    func takeSpare() -> Bool {
        lanes.withLock { lanes in
            guard lanes.used < capacity else { return false }
            lanes.used += 1
            lanes.peak = max(lanes.peak, lanes.used)
            return true
        }
    }
}
