import BaocaoTestSupport
import Testing
@testable import Ingest

/// The orientation and tiling tags leptonica leaves to its caller (fixtures from
/// scripts/make-hostile.py).
@Suite struct ImageTagsTests {
    @Test func exifOrientationOfAPhoneJPEG() {
        #expect(ImageTags.read(path: Fixtures.fixture("hostile/wa-exif-rotated.jpg")) == ImageTags(orientation: 6, tiled: false))
    }

    @Test func tiledTIFF() {
        #expect(ImageTags.read(path: Fixtures.fixture("hostile/wa-tiled.tiff")) == ImageTags(orientation: 1, tiled: true))
    }

    @Test func plainFilesSayNothing() {
        #expect(ImageTags.read(path: Fixtures.fixture("pages.tiff"), page: 1) == ImageTags())
        #expect(ImageTags.read(path: Fixtures.fixture("page.png")) == ImageTags())
        #expect(ImageTags.read(path: Fixtures.fixture("hostile/tiff-ifd-loop.tiff"), page: 50) == ImageTags())
    }

    /// The page photographed sideways was read by OCR sideways (garbage); it is turned first.
    @Test func aSidewaysPhotoIsTurnedBeforeOCR() throws {
        let reader = try InputOpener.open(Fixtures.fixture("hostile/wa-exif-rotated.jpg"), options: IngestOptions())
        guard case .needsOCR(let page, let image) = try reader.read(page: 0) else {
            Issue.record("a picture goes to OCR")
            return
        }
        // Stored 585 wide and 827 high; shown (and read) 827 wide.
        #expect(image.width == 827 && image.height == 585)
        #expect(page.width > page.height)
    }

    @Test func aTiledTIFFSaysSo() throws {
        let reader = try InputOpener.open(Fixtures.fixture("hostile/wa-tiled.tiff"), options: IngestOptions())
        #expect(throws: IngestError.self) { try reader.read(page: 0) }
        do {
            _ = try reader.read(page: 0)
        } catch {
            #expect("\(error)".contains("tiled TIFF"))
        }
    }
}
