import Foundation

/// Two settings the C libraries read only as the process starts, so they are set by starting
/// the same program again with them — no shell, the same arguments:
/// - OMP_THREAD_LIMIT=1: tesseract's LSTM runs OpenMP loops with threads of its own; with one
///   OCR worker per core they only oversubscribe the machine (measured: the same wall time
///   for 2.5 times the CPU). libgomp reads the limit once, when it is loaded.
/// - MALLOC_ARENA_MAX=2: page pictures are allocated on one thread and freed on another; with
///   glibc's default arenas RSS crept up over a long scan (198 → 222 MB from 10 to 200 pages),
///   with two it stays flat (190 → 199 MB; Benchmarks/RESULTS.md).
enum OCRProcessSettings {
    static let settings = ["OMP_THREAD_LIMIT": "1", "MALLOC_ARENA_MAX": "2"]

    static func apply() {
        let environment = ProcessInfo.processInfo.environment
        let missing = settings.filter { environment[$0.key] == nil }
        // Any one set by the user means they chose; never loop.
        guard missing.count == settings.count else { return }
        for (name, value) in missing { setenv(name, value, 1) }
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // exec failed (no /proc): carry on with the libraries' defaults.
    }
}
