// swift-tools-version: 6.1
import Foundation
import PackageDescription

// Every target builds in the Swift 6 language mode (strict concurrency) and treats
// upcoming-feature diagnostics the same way, so the whole package reads alike.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "baocao",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "baocao", targets: ["baocao"]),
        .library(
            name: "BaocaoKit",
            targets: [
                "BaocaoKit", "Pipeline", "DocumentModel", "Archive", "Ingest", "Diacritics", "Structure", "Figures", "Output",
                "VietnameseText", "Locking",
            ]
        ),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C libraries from Debian, wrapped the GRDB way: a system library target and a shim header.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        .systemLibrary(
            name: "CTesseract",
            pkgConfig: "tesseract",
            providers: [.apt(["libtesseract-dev", "libleptonica-dev", "tesseract-ocr-vie"])]
        ),
        .systemLibrary(
            name: "CJemalloc",
            pkgConfig: "jemalloc",
            providers: [.apt(["libjemalloc-dev"])]
        ),
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),

        // The one lock type: shared mutable state anywhere in the package is a `Locked`.
        .target(name: "Locking", swiftSettings: swiftSettings),
        // Vietnamese spelling every stage reads: the syllable grammar and inventory, tone
        // placement, letter tables, scalar classes, the one text normalisation. Depends on nothing.
        .target(name: "VietnameseText", swiftSettings: swiftSettings),
        // Plain Swift values every stage speaks: pages, lines, documents, figures.
        .target(name: "DocumentModel", swiftSettings: swiftSettings),
        .target(
            name: "Ingest",
            // zlib inflates the streams of a signature widget's appearance and of pages' drawings.
            dependencies: ["DocumentModel", "VietnameseText", "Locking", "CPoppler", "CTesseract", "CZlib"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Diacritics", dependencies: ["DocumentModel", "VietnameseText", "Locking"], swiftSettings: swiftSettings
        ),
        // The trainer behind `baocao lm build`: of the stages only it reads gzip.
        .target(
            name: "LanguageModelBuilding", dependencies: ["Diacritics", "VietnameseText", "CZlib"],
            swiftSettings: swiftSettings
        ),
        .target(name: "Structure", dependencies: ["DocumentModel", "VietnameseText"], swiftSettings: swiftSettings),
        .target(name: "Figures", dependencies: ["DocumentModel", "VietnameseText"], swiftSettings: swiftSettings),
        // libxlsxwriter writes the xlsx output; its pointers stay in Output/Spreadsheet/Workbook.
        .target(name: "Output", dependencies: ["DocumentModel", "Locking", "CXlsxWriter"], swiftSettings: swiftSettings),
        // Runs over many files: inputs listed and inspected, the run manifest, shards and their merge.
        .target(
            name: "Archive", dependencies: ["Ingest", "Output", "VietnameseText", "Locking"], swiftSettings: swiftSettings
        ),
        .target(
            name: "Pipeline",
            dependencies: [
                "DocumentModel", "VietnameseText", "Ingest", "Diacritics", "Structure", "Figures", "Output", "Archive",
                "Locking",
            ],
            swiftSettings: swiftSettings
        ),
        // The library's one import: re-exports every module whose types the API takes or returns.
        .target(
            name: "BaocaoKit", dependencies: ["Pipeline", "DocumentModel", "Ingest", "Output", "Figures"],
            swiftSettings: swiftSettings
        ),
        // `baocao --version`: the git description of the checkout the build is made from.
        .plugin(name: "VersionStamp", capability: .buildTool()),
        .executableTarget(
            name: "baocao",
            dependencies: [
                "Pipeline", "Archive", "Ingest", "Diacritics", "Structure", "Figures", "Output", "DocumentModel",
                "LanguageModelBuilding", "VietnameseText", "Locking", "CJemalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings,
            plugins: ["VersionStamp"]
        ),

        // Helpers more than one test target uses (the swift-argument-parser way: a plain
        // target the test targets depend on, part of no product).
        .target(
            name: "BaocaoTestSupport",
            dependencies: ["DocumentModel", "Diacritics", "LanguageModelBuilding", "Locking"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "VietnameseTextTests", dependencies: ["VietnameseText"], swiftSettings: swiftSettings),
        .testTarget(
            name: "IngestTests", dependencies: ["Ingest", "DocumentModel", "VietnameseText", "BaocaoTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PipelineTests",
            dependencies: ["Pipeline", "Archive", "DocumentModel", "Locking", "BaocaoTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ArchiveTests", dependencies: ["Archive", "Output", "BaocaoTestSupport"], swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DiacriticsTests", dependencies: ["Diacritics", "VietnameseText", "BaocaoTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LanguageModelBuildingTests",
            dependencies: ["LanguageModelBuilding", "Diacritics", "BaocaoTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StructureTests", dependencies: ["Structure", "DocumentModel", "VietnameseText"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FiguresTests", dependencies: ["Figures", "DocumentModel", "VietnameseText", "BaocaoTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OutputTests", dependencies: ["Output", "DocumentModel", "BaocaoTestSupport"], swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CLITests", dependencies: ["baocao", "DocumentModel", "Output", "VietnameseText", "BaocaoTestSupport"], swiftSettings: swiftSettings
        ),
    ]
)

// DocC (`make docs`): the plugin is a dependency only when asked for, so the default build
// and CI neither resolve nor compile it.
if ProcessInfo.processInfo.environment["BAOCAO_DOCS"] != nil {
    package.dependencies.append(.package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"))
}
