import Foundation

/// tesseract's LSTM runs OpenMP loops with threads of its own; with one OCR worker per core
/// they only oversubscribe the machine (measured: the same wall time for 2.5 times the CPU).
/// libgomp reads OMP_THREAD_LIMIT once, as it is loaded, before any Swift code runs, so the
/// limit is set by starting the same program again with it — no shell, the same arguments.
enum OpenMPThreads {
    static func limitToOne() {
        guard ProcessInfo.processInfo.environment["OMP_THREAD_LIMIT"] == nil else { return }
        setenv("OMP_THREAD_LIMIT", "1", 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // exec failed (no /proc): carry on with OpenMP's own threads.
    }
}
