#if canImport(Glibc)
import Glibc
#endif

/// The allocator setting long OCR runs want, made in the process itself before any thread starts.
///
/// Page pictures are allocated on one thread and freed on another; with glibc's default
/// arenas (eight per core) RSS crept up over a long scan (198 → 222 MB from 10 to 200 pages),
/// with two it stays flat (190 → 199 MB; Benchmarks/RESULTS.md). `mallopt` sets the same
/// limit as `MALLOC_ARENA_MAX`, which a user's own setting keeps precedence over.
/// (tesseract's OpenMP threads are confined per OCR worker: `Ingest.OpenMPThreads`.)
enum MallocArenaLimit {
    /// `M_ARENA_MAX` of glibc's <malloc.h>, which the Glibc module does not bring in.
    private static let arenaMaxParameter: Int32 = -8
    private typealias MallocOption = @convention(c) (Int32, Int32) -> Int32

    static func apply() {
        #if canImport(Glibc)
        guard getenv("MALLOC_ARENA_MAX") == nil,
              let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: MallocOption.self)(arenaMaxParameter, 2)
        #endif
    }
}
