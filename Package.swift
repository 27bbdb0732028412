// swift-tools-version: 6.1
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
        .library(name: "BaocaoKit", targets: ["Pipeline", "Ingest", "Diacritics", "Structure", "Figures", "Output"]),
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
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),

        // Plain Swift values every stage speaks: pages, lines, documents, figures.
        .target(name: "DocumentModel", swiftSettings: swiftSettings),
        .target(
            name: "Ingest",
            dependencies: ["DocumentModel", "CPoppler", "CTesseract", "CZlib"],
            swiftSettings: swiftSettings
        ),
        .target(name: "Diacritics", dependencies: ["DocumentModel", "CZlib"], swiftSettings: swiftSettings),
        .target(name: "Structure", dependencies: ["DocumentModel"], swiftSettings: swiftSettings),
        .target(name: "Figures", dependencies: ["DocumentModel"], swiftSettings: swiftSettings),
        .target(name: "Output", dependencies: ["DocumentModel"], swiftSettings: swiftSettings),
        .target(
            name: "Pipeline",
            dependencies: ["DocumentModel", "Ingest", "Diacritics", "Structure", "Figures", "Output"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "baocao",
            dependencies: [
                "Pipeline", "Ingest", "Diacritics", "Structure", "Figures", "Output", "DocumentModel", "CJemalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        .testTarget(name: "IngestTests", dependencies: ["Ingest", "DocumentModel"], swiftSettings: swiftSettings),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "DocumentModel"], swiftSettings: swiftSettings),
        .testTarget(name: "DiacriticsTests", dependencies: ["Diacritics"], swiftSettings: swiftSettings),
        .testTarget(name: "StructureTests", dependencies: ["Structure", "DocumentModel"], swiftSettings: swiftSettings),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "DocumentModel"], swiftSettings: swiftSettings),
        .testTarget(name: "OutputTests", dependencies: ["Output", "DocumentModel"], swiftSettings: swiftSettings),
        .testTarget(name: "CLITests", dependencies: ["baocao"], swiftSettings: swiftSettings),
    ]
)
