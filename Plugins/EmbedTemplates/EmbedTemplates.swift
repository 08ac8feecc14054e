import Foundation
import PackagePlugin

/// Builds the catalogs and the init, new and packet templates of `templates/` into the target that
/// uses this plugin, as `EmbeddedTemplates.files`: the binary needs no folder beside it.
@main
struct EmbedTemplates: BuildToolPlugin {
  /// The folders of `templates/` that `isms` reads at run time (`ci/` is for users to copy).
  static let folders = ["catalogs", "init", "new", "packet"]

  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let templates = context.package.directoryURL.appending(path: "templates")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
    // Every file is an input, so editing, adding or removing a template rebuilds the source.
    let inputs = Self.folders.flatMap { files(under: templates.appending(path: $0)) }
    return [
      .buildCommand(
        displayName: "Embedding templates/ (\(inputs.count) files)",
        executable: try context.tool(named: "EmbedTemplatesTool").url,
        arguments: [templates.path, output.path] + Self.folders,
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }

  private func files(under folder: URL) -> [URL] {
    let enumerator = FileManager.default.enumerator(
      at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    return (enumerator?.allObjects as? [URL] ?? []).filter {
      (try? $0.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
    }
  }
}
