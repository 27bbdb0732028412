/// 64-bit FNV-1a over UTF-8: the same on every machine and every run, unlike Swift's seeded
/// `Hasher`. The language model's word and stripped-form indexes are written with it, and a
/// batch's shards are cut by it, so its value is part of file formats and must never change.
@usableFromInline
package enum FNV1a {
    @inlinable @inline(__always)
    package static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
