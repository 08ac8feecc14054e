// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "isms",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "isms", targets: ["isms"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    .systemLibrary(
      name: "Clibgit2",
      pkgConfig: "libgit2",
      providers: [.apt(["libgit2-dev"]), .brew(["libgit2"])]
    ),
    .systemLibrary(
      name: "Ccmark",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
    ),
    // Gives libgit2 an empty TLS trust store in the executable (why: the file's comment).
    .target(name: "CEmptyTrustStore"),
    // Gives jemalloc its settings in the executable (why: the file's comment).
    .target(name: "CAllocatorSettings"),
    .target(name: "GitStore", dependencies: ["Clibgit2", "ISMSCore"], exclude: ["README.md"]),
    .target(name: "MarkdownHTML", dependencies: ["Ccmark"], exclude: ["README.md"]),
    .target(
      name: "ISMSCore",
      dependencies: [
        "Yams", "MarkdownHTML", .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      exclude: ["README.md"]
    ),
    .executableTarget(
      name: "isms",
      dependencies: [
        "ISMSCore", "GitStore", "CEmptyTrustStore", "CAllocatorSettings",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      exclude: ["README.md"],
      linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))],
      plugins: ["EmbedTemplates"]
    ),
    // Builds templates/ into the binary (Plugins/EmbedTemplates), so it runs without a folder beside it.
    .executableTarget(name: "EmbedTemplatesTool"),
    .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["EmbedTemplatesTool"]),
    // The libFuzzer target (scripts/fuzz.sh); the normal build makes a corpus replayer of it.
    .executableTarget(name: "FuzzFrontMatter", dependencies: ["ISMSCore", "MarkdownHTML"]),
    .testTarget(
      name: "ISMSCoreTests",
      dependencies: ["ISMSCore", .product(name: "Mustache", package: "swift-mustache")]),
    .testTarget(name: "GitStoreTests", dependencies: ["GitStore", "ISMSCore"]),
    .testTarget(name: "ISMSCLITests", dependencies: ["isms", "ISMSCore"], exclude: ["Golden/Snapshots"]),
    .testTarget(name: "MarkdownHTMLTests", dependencies: ["MarkdownHTML"]),
  ]
)
