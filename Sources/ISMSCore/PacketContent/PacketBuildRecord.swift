/// `packet.json`: how a packet was built, so that anyone can build it again and get the same bytes.
struct PacketBuildRecord: Encodable {
  /// The previous external audit the changes are counted from.
  struct Baseline: Encodable {
    /// The previous external audit's id.
    let audit: String
    /// Its last day.
    let day: Day
    /// The last commit at or before the end of that day.
    let commit: String?
  }

  /// The format of this file.
  let format = "isms-packet-build/2"
  /// The packet kind.
  let kind: String
  /// Auditor or customer.
  let audience: String
  /// The audit the packet is for.
  let audit: String?
  /// The `--as-of` day.
  let asOf: Day?
  /// The day date-dependent content was judged on.
  let today: Day
  /// The commit built from.
  let sourceCommit: String
  /// The version of `isms`.
  let toolVersion: String
  /// The previous external audit.
  let baseline: Baseline?

  /// The record of `request`.
  init(request: PacketRequest, baseline: PacketBaseline?) {
    kind = request.kind.rawValue
    audience = request.audience.rawValue
    audit = request.auditID
    asOf = request.asOf
    today = request.today
    sourceCommit = request.sourceCommit
    toolVersion = request.toolVersion
    self.baseline = baseline.map { Baseline(audit: $0.auditID, day: $0.day, commit: $0.commit) }
  }

  enum CodingKeys: String, CodingKey {
    case format, kind, audience, audit, today, baseline
    case asOf = "as_of"
    case sourceCommit = "source_commit"
    case toolVersion = "tool_version"
  }

  /// Encodes every key, `null` when absent, so the shape is stable.
  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(format, forKey: .format)
    try container.encode(kind, forKey: .kind)
    try container.encode(audience, forKey: .audience)
    try container.encode(audit, forKey: .audit)
    try container.encode(asOf, forKey: .asOf)
    try container.encode(today, forKey: .today)
    try container.encode(sourceCommit, forKey: .sourceCommit)
    try container.encode(toolVersion, forKey: .toolVersion)
    try container.encode(baseline, forKey: .baseline)
  }
}
