import Foundation
import ISMSCore

/// The catalogs of `templates/catalogs`, loaded through `Catalogs(files:)` as the CLI does.
enum ShippedCatalogs {
  static func load() throws -> Catalogs {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates/catalogs")
    var files: [String: String] = [:]
    for name in Catalogs.File.all {
      let data = try Data(contentsOf: folder.appendingPathComponent(name))
      files[name] = String(decoding: data, as: UTF8.self)
    }
    return try Catalogs(files: files)
  }
}
