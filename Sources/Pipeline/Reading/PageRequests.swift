import Ingest

/// The pages of one input asked of its readers ahead of the page being waited for. After a
/// text page the next pages are asked for at once, one per reader, so each reader's thread
/// goes on while the stream waits its turn on the cooperative pool; after a picture nothing
/// is asked ahead, so no picture is rendered beyond the OCR window. Used from one task.
final class PageRequests {
    /// The 0-based page indices read, in order: all pages, or those `--pages` selects.
    let order: [Int]
    private var readers: [SerialReader]
    private var asked: [Int: Task<PageWork, any Error>] = [:]
    /// Where a second reader's lane comes from; nil when the input's pages cannot be read
    /// apart, or once opening a second reader has failed.
    private var lanes: ReadingLanes?
    private let openSecond: () async throws -> SerialReader
    private var holdsSpareLane = false

    init(
        _ reader: SerialReader, order: [Int], lanes: ReadingLanes?, openSecond: @escaping () async throws -> SerialReader
    ) {
        readers = [reader]
        self.order = order
        self.lanes = reader.readsPagesIndependently ? lanes : nil
        self.openSecond = openSecond
    }

    /// The page at `position` of `order`, from its request if one was made.
    func page(at position: Int) async throws -> PageWork {
        if let request = asked.removeValue(forKey: position) { return try await request.value }
        return try await readers[position % readers.count].read(page: order[position])
    }

    /// Asks for the pages after `position`, as many as there are readers.
    func askAhead(after position: Int) async {
        // Opening the input again costs a few milliseconds: worth it when pages remain.
        if readers.count == 1, order.count - position > 2, let lanes, lanes.takeSpare() {
            do {
                readers.append(try await openSecond())
                holdsSpareLane = true
            } catch {
                lanes.leave()
                self.lanes = nil
            }
        }
        let last = min(position + readers.count, order.count - 1)
        guard last > position else { return }
        for next in (position + 1)...last where asked[next] == nil {
            let reader = readers[next % readers.count]
            let index = order[next]
            asked[next] = Task { try await reader.read(page: index) }
        }
    }

    /// Gives back the second reader's lane and drops what was asked and not taken.
    func finish() {
        asked.values.forEach { $0.cancel() }
        asked.removeAll()
        if holdsSpareLane { lanes?.leave() }
        holdsSpareLane = false
    }
}
