/// `packet.json`: how a packet was built, so that anyone can build it again and get the same bytes.
struct PacketBuildRecord: Encodable {
  /// The previous external audit the changes are counted from.
  struct Baseline: Encodable {
    let audit: String
    let day: Day
    let commit: String?
  }

  let format = "isms-packet-build/1"
  let kind: String
  let audience: String
  let audit: String?
  let revision: String
  let asOf: Day?
  let today: Day
  let sourceCommit: String
  let toolVersion: String
  let baseline: Baseline?

  init(request: PacketRequest, baseline: PacketBaseline?) {
    kind = request.kind.rawValue
    audience = request.audience.rawValue
    audit = request.auditID
    revision = request.revision
    asOf = request.asOf
    today = request.today
    sourceCommit = request.sourceCommit
    toolVersion = request.toolVersion
    self.baseline = baseline.map { Baseline(audit: $0.auditID, day: $0.day, commit: $0.commit) }
  }

  enum CodingKeys: String, CodingKey {
    case format, kind, audience, audit, revision, today, baseline
    case asOf = "as_of"
    case sourceCommit = "source_commit"
    case toolVersion = "tool_version"
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(format, forKey: .format)
    try container.encode(kind, forKey: .kind)
    try container.encode(audience, forKey: .audience)
    try container.encode(audit, forKey: .audit)
    try container.encode(revision, forKey: .revision)
    try container.encode(asOf, forKey: .asOf)
    try container.encode(today, forKey: .today)
    try container.encode(sourceCommit, forKey: .sourceCommit)
    try container.encode(toolVersion, forKey: .toolVersion)
    try container.encode(baseline, forKey: .baseline)
  }
}
