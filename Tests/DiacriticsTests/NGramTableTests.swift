import Testing
@testable import Diacritics

/// The walk of a lookup through a table of 16-slot lines, on slots laid out by hand: the tiny
/// test model's tables are too empty to fill a line.
@Suite("N-gram table walk")
struct NGramTableTests {
    /// Two lines of 16 slots; the last line is full and one of its n-grams overflowed, wrapping
    /// to slot 0 of the first line, whose slot 1 is empty.
    private func withTable(_ body: (NGramTable) -> Void) {
        let raw = UnsafeMutableRawPointer.allocate(byteCount: 32 * 4, alignment: 64)
        defer { raw.deallocate() }
        let slots = raw.bindMemory(to: UInt32.self, capacity: 32)
        slots.initialize(repeating: 0, count: 32)
        slots[0] = 7 << 8 | 3
        for index in 16..<32 { slots[index] = UInt32(100 + index) << 8 | UInt32(index) }
        body(NGramTable(slots: UnsafePointer(slots), capacity: 32, step: 0.5))
    }

    private func lookUp(_ fingerprints: [UInt32], from line: Int, in table: NGramTable) -> [NGramTable.Probe] {
        var probes = fingerprints.map { NGramTable.Probe(fingerprint: $0, first: 0, index: line * NGramHashing.lineSlots) }
        probes.withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress { table.readFirstSlots(base, count: buffer.count) }
        }
        return probes
    }

    @Test func fullLineWalksOnIntoTheNextAndWraps() {
        withTable { table in
            let probes = lookUp([7, 120, 999], from: 1, in: table)
            #expect(probes.allSatisfy { $0.first == 116 << 8 | 16 })
            // The line is full: the next line (wrapping to the table's start) is read ahead.
            #expect(probes.allSatisfy { $0.lineAhead == 7 << 8 | 3 })
            #expect(table.finish(probes[0]) == -1.5, "the overflowed n-gram, found past the table's end")
            #expect(table.finish(probes[1]) == -10, "an n-gram in its own line (slot 20: quantum 20)")
            #expect(table.finish(probes[2]) == nil, "a miss stops at the first empty slot after the full line")
        }
    }

    @Test func lineWithRoomEndsTheWalk() {
        withTable { table in
            let probes = lookUp([7, 120], from: 0, in: table)
            #expect(probes.allSatisfy { $0.lineAhead == $0.first }, "nothing beyond a line with room is read")
            #expect(table.finish(probes[0]) == -1.5)
            #expect(table.finish(probes[1]) == nil, "slot 1 is empty: the full line after it is not searched")
        }
    }
}
