import Foundation
import Testing
@testable import Ingest

/// tesseract's parallel loops must stay on the OCR worker's thread (see `OpenMPThreads`):
/// libgomp's own answer is checked, on a thread of its own as a worker would be.
@Suite struct OpenMPThreadsTests {
    private typealias GetLevels = @convention(c) () -> Int32

    @Test func confinedThreadRunsParallelRegionsAlone() async throws {
        // Debian's libtesseract is built with OpenMP, so libgomp is loaded with it.
        let symbol = try #require(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "omp_get_max_active_levels"))
        let maxActiveLevels = unsafeBitCast(symbol, to: GetLevels.self)
        let (before, after) = await withCheckedContinuation { continuation in
            let thread = Thread {
                let before = maxActiveLevels()
                OpenMPThreads.confineToCallingThread()
                continuation.resume(returning: (before, maxActiveLevels()))
            }
            thread.start()
        }
        #expect(before > 0)
        #expect(after == 0)
    }
}
