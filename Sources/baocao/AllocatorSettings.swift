import CJemalloc
#if canImport(Glibc)
import Glibc
#endif

/// jemalloc replaces glibc's malloc in this process (the CJemalloc module links it): poppler,
/// tesseract and Swift free small blocks on other threads than the ones that made them, and
/// glibc spent about an eighth of a digital run in malloc and free. jemalloc cut the run over
/// the gazettes by 13% (Benchmarks/RESULTS.md).
///
/// It keeps freed pages for 10 s by default; a long scan, whose page pictures are made on the
/// reader's thread and freed on an OCR worker's, then grew from 171 MB at 10 pages to 206 MB at
/// 200. Pages unused for a second go back to the system instead. A user's own `MALLOC_CONF`
/// takes precedence.
enum AllocatorSettings {
    static let decayMilliseconds = 1000

    /// Called first thing in `main`, while the main thread's arena is the only one.
    static func apply() {
        guard getenv("MALLOC_CONF") == nil else { return }
        // New arenas take the default; the main thread's arena 0 already exists.
        for name in ["arenas.dirty_decay_ms", "arena.0.dirty_decay_ms"] {
            set(name, decayMilliseconds)
        }
        for name in ["arenas.muzzy_decay_ms", "arena.0.muzzy_decay_ms"] {
            set(name, 0)
        }
    }

    private static func set(_ name: String, _ milliseconds: Int) {
        var value = milliseconds  // ssize_t in jemalloc
        _ = withUnsafeMutableBytes(of: &value) { bytes in
            mallctl(name, nil, nil, bytes.baseAddress, bytes.count)
        }
    }
}
