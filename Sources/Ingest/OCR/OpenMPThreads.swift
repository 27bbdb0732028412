#if canImport(Glibc)
import Glibc
#endif

/// Keeps tesseract's OpenMP loops on the calling thread.
///
/// tesseract's LSTM asks OpenMP for threads of its own in every parallel loop; with one OCR
/// worker per core they only oversubscribe the machine (measured: the same wall time for
/// 2.5 times the CPU). `OMP_THREAD_LIMIT=1` would do, but libgomp reads it only as it loads,
/// before `main`, and restarting the process to set it cost 66 ms per run. A thread whose
/// max-active-levels is 0 runs every parallel region with one thread; the setting is the
/// calling thread's own, so each OCR worker makes it before it recognises.
enum OpenMPThreads {
    private typealias SetLevels = @convention(c) (Int32) -> Void

    /// libgomp's `omp_set_max_active_levels`, looked up rather than linked: a tesseract
    /// built without OpenMP has no libgomp and needs nothing done.
    private static let setMaxActiveLevels: SetLevels? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "omp_set_max_active_levels") else {
            return nil
        }
        return unsafeBitCast(symbol, to: SetLevels.self)
        #else
        return nil
        #endif
    }()

    static func confineToCallingThread() {
        setMaxActiveLevels?(0)
    }
}
