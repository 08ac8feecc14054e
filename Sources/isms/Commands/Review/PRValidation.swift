import Foundation
import GitStore
import ISMSCore

/// Where `review pr` gets the head's validation from: the merge base's validation index (kept in
/// the git folder, built on first use) and the changed files, or the whole head.
enum PRValidation {
  /// The validation of the head for the change `files` (merge base → head).
  static func validate(
    files: [ChangedFile], headID: String, mergeBaseID: String, approvalIDs: [String], context: ISMSContext
  ) throws -> PullRequestValidation {
    let repository = context.repository
    let root = context.rootInRepository
    guard let directory = repository.validationIndexDirectory,
      let baseTree = try repository.treeID(at: mergeBaseID, root: root),
      try repository.treeID(at: headID, root: root) != nil
    else {
      return try full(headID: headID, context: context) { catalogs in
        Validator.validate(
          snapshot: try repository.snapshot(at: mergeBaseID, root: root), catalogs: catalogs,
          today: context.today
        ).diagnostics.filter { $0.path == ISMS.configPath }
      }
    }
    let (catalogs, digest) = try TemplateFiles.catalogsWithDigest()
    let key = ValidationIndex.Key(
      treeID: baseTree, build: BuildIdentity.current, catalogsDigest: digest, today: context.today)
    let index =
      try ValidationIndex.read(directory: directory, key: key)
      ?? buildIndex(key: key, mergeBaseID: mergeBaseID, catalogs: catalogs, context: context, into: directory)
    let incremental = try PullRequestValidation.incremental(
      files: files, base: index, approvalIDs: approvalIDs, catalogs: catalogs, today: context.today
    ) { paths in
      ISMS.load(
        from: try repository.snapshot(at: headID, root: root, paths: paths), parsedConfig: index.config)
    }
    return try incremental
      ?? full(headID: headID, context: context) { _ in index.wideDiagnostics }
  }

  /// Validates the whole merge base once and keeps what later reviews against it need: its
  /// documents' front-matter and its ISMS-wide diagnostics, so it is loaded without bodies.
  private static func buildIndex(
    key: ValidationIndex.Key, mergeBaseID: String, catalogs: Catalogs, context: ISMSContext,
    into directory: String
  ) throws -> ValidationIndex {
    let snapshot = try context.repository.snapshot(at: mergeBaseID, root: context.rootInRepository)
    let config = ISMS.parsedConfig(in: snapshot)
    let loaded = ISMS.load(from: snapshot, bodies: .skipped, parsedConfig: config)
    let wide = Validator.wideDiagnostics(
      loaded: loaded, catalogs: catalogs, today: context.today, reading: snapshot)
    let index = ValidationIndex(key: key, loaded: loaded, wideDiagnostics: wide, config: config)
    index.write(directory: directory)
    return index
  }

  private static func full(
    headID: String, context: ISMSContext, baseWide: (Catalogs) throws -> [Diagnostic]
  ) throws -> PullRequestValidation {
    let snapshot = try context.repository.snapshot(at: headID, root: context.rootInRepository)
    let catalogs = try TemplateFiles.catalogs()
    return try PullRequestValidation.full(
      head: ISMS.load(from: snapshot), catalogs: catalogs, today: context.today
    ) {
      try baseWide(catalogs)
    }
  }
}
