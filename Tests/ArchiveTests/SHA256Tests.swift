import Archive
import Foundation
import Testing

/// FIPS 180-4 test vectors.
@Suite struct SHA256Tests {
    @Test func sha256OfKnownInputs() throws {
        var empty = SHA256()
        #expect(empty.finalizeHex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        var abc = SHA256()
        abc.update(Data("abc".utf8))
        #expect(abc.finalizeHex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // Crosses many 64-byte blocks and two update calls.
        var million = SHA256()
        million.update(Data(repeating: 0x61, count: 400_000))
        million.update(Data(repeating: 0x61, count: 600_000))
        #expect(million.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // Pieces that leave a partial block pending, then fill it across the next call.
        var pieces = SHA256()
        var sent = 0
        for size in [1, 62, 3, 64, 129, 7, 999_734] {
            pieces.update(Data(repeating: 0x61, count: size))
            sent += size
        }
        #expect(sent == 1_000_000)
        #expect(pieces.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
