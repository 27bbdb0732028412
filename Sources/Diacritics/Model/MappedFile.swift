#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A whole model file in read-only memory, released when the last reference goes.
///
/// On Linux the file is read into anonymous memory backed by 2 MB pages: the decoder reads
/// the n-gram tables at random, and with 4 kB pages of a mapped file nearly every lookup
/// also missed the TLB (a page walk per lookup: most of the decoding time). Reading 50 MB
/// from the page cache costs a few milliseconds. Elsewhere, or if that fails, the file is
/// memory-mapped.
final class MappedFile: @unchecked Sendable {
    // Never written after init; the pages are read-only.
    let base: UnsafeRawPointer
    let size: Int
    private let region: UnsafeMutableRawPointer
    private let regionSize: Int

    init(url: URL) throws {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw ModelError.unreadable(url.path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { throw ModelError.unreadable(url.path) }
        size = Int(status.st_size)
        if let copy = Self.readIntoHugePages(descriptor, size: size) {
            (base, region, regionSize) = (UnsafeRawPointer(copy.base), copy.region, copy.regionSize)
            return
        }
        guard let pointer = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), pointer != MAP_FAILED else {
            throw ModelError.unreadable(url.path)
        }
        (base, region, regionSize) = (UnsafeRawPointer(pointer), pointer, size)
    }

    deinit {
        munmap(region, regionSize)
    }

    private static func readIntoHugePages(_ descriptor: Int32, size: Int)
        -> (base: UnsafeMutableRawPointer, region: UnsafeMutableRawPointer, regionSize: Int)? {
        #if os(Linux)
        let hugePage = 2 << 20
        // One spare huge page, so that the data can start on a huge-page boundary.
        let regionSize = (size + 2 * hugePage - 1) / hugePage * hugePage
        guard let region = mmap(nil, regionSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              region != MAP_FAILED else { return nil }
        let misalignment = Int(bitPattern: region) % hugePage
        let base = region + (misalignment == 0 ? 0 : hugePage - misalignment)
        _ = madvise(base, regionSize - (base - region), MADV_HUGEPAGE)
        var done = 0
        while done < size {
            let count = pread(descriptor, base + done, size - done, off_t(done))
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                munmap(region, regionSize)
                return nil
            }
            done += count
        }
        guard mprotect(region, regionSize, PROT_READ) == 0 else {
            munmap(region, regionSize)
            return nil
        }
        return (base, region, regionSize)
        #else
        return nil
        #endif
    }
}
