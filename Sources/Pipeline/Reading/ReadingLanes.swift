import Foundation

/// Shares `--jobs` between the documents being extracted and the second readers a document
/// may open. Every document holds a lane; a PDF opens a second reader on its own pages only
/// while a lane is free (a run of one document, the last documents of a batch), so the
/// cores that would sit idle read its pages and no more than `--jobs` readers ever run.
public final class ReadingLanes: @unchecked Sendable {
    private let lock = NSLock()
    private let capacity: Int
    private var used = 0
    /// The most lanes in use at once, for tests.
    private(set) var peak = 0

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// A document starts: it holds a lane even when none is free (the batch bounds documents).
    func enter() {
        lock.withLock {
            used += 1
            peak = max(peak, used)
        }
    }

    /// A document, or a second reader, is done with its lane.
    func leave() { lock.withLock { used -= 1 } }

    var inUse: Int { lock.withLock { used } }

    /// Takes a free lane for a second reader; false when every lane is busy.
    func takeSpare() -> Bool {
        lock.withLock {
            guard used < capacity else { return false }
            used += 1
            peak = max(peak, used)
            return true
        }
    }
}
