/// A growable block of plain values for the decoder's inner loops. Unlike an Array, writing
/// through its pointer costs no uniqueness check or reference counting per element, which
/// keeps those loops free of calls, so the CPU can run many n-gram lookups at once.
/// Contents are not kept when it grows; each use writes before it reads.
final class ScratchBuffer<Element: BitwiseCopyable> {
    private(set) var pointer: UnsafeMutablePointer<Element>
    private var capacity: Int

    init() {
        capacity = 64
        pointer = .allocate(capacity: capacity)
    }

    deinit {
        pointer.deallocate()
    }

    /// Room for at least `count` elements.
    @inline(__always)
    func reserve(_ count: Int) -> UnsafeMutablePointer<Element> {
        if count > capacity {
            pointer.deallocate()
            capacity = max(count, capacity * 2)
            pointer = .allocate(capacity: capacity)
        }
        return pointer
    }
}
