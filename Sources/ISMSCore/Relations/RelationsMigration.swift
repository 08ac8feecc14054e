/// What `isms migrate relations` changes so that each control link is entered once: every link
/// only a control's `policies:`/`risks:` holds is added to the `controls:` of the document or risk
/// it names, and both fields are removed from every control file. The SoA shows the same links
/// before and after.
public struct RelationsMigration: Sendable {
  /// A link moved from a control file to the document or risk it names.
  public struct Move: Sendable, Hashable, Encodable {
    /// The control id added to `controls`.
    public let control: String
    /// The document or risk id.
    public let target: String
    /// The file whose `controls` gains `control`.
    public let path: String
  }

  /// The edits of one file.
  public struct FileEdits: Sendable, Hashable {
    /// The file, relative to the ISMS root.
    public let path: String
    /// Its front-matter edits, in order.
    public let edits: [FrontMatterEdit]
  }

  /// The links moved, in control order.
  public let moves: [Move]
  /// The control files that lose `policies`/`risks`, in path order.
  public let clearedControls: [String]
  /// Every file's edits, in path order; empty when there is nothing to migrate.
  public let files: [FileEdits]

  /// Plans the migration of `relations`.
  public init(relations: ControlRelations) {
    let moves = relations.disagreements.filter(\.onControlSideOnly).map {
      Move(control: $0.control, target: $0.target, path: $0.targetPath)
    }
    var edits: [String: [FrontMatterEdit]] = [:]
    for move in moves where !(edits[move.path] ?? []).contains(.append("controls", .string(move.control))) {
      edits[move.path, default: []].append(.append("controls", .string(move.control)))
    }
    let cleared = relations.legacyControls.map(\.path)
    for path in cleared {
      edits[path, default: []] += ControlRelations.LegacyField.allCases.map { .remove($0.rawValue) }
    }
    self.moves = moves
    clearedControls = NaturalOrder.sorted(cleared)
    files = NaturalOrder.sorted(edits.keys).map { FileEdits(path: $0, edits: edits[$0] ?? []) }
  }
}
