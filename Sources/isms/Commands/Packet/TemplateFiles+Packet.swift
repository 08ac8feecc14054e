import Foundation
import ISMSCore

extension TemplateFiles {
  /// The packet templates: the installed `templates/packet/`, each file overridden by the ISMS's
  /// own `templates/packet/<file>` in `overrides` (the snapshot the packet is built from, so the
  /// result depends on the commit only; a snapshot lists regular files inside the ISMS root only).
  static func packetTemplates(overrides snapshot: Snapshot) throws -> [String: String] {
    var texts = try texts(in: "packet").filter { !$0.key.contains("/") }
    let prefix = "templates/packet/"
    for entry in snapshot.entries where entry.path.hasPrefix(prefix) {
      let name = String(entry.path.dropFirst(prefix.count))
      guard !name.contains("/"), name != "README.md" else { continue }
      texts[name] = String(decoding: try snapshot.contents(of: entry.path), as: UTF8.self)
    }
    return texts
  }
}
