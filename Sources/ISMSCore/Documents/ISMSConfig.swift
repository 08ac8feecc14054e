/// A person of `isms.yml` `people`.
public struct Person: Sendable, Hashable, Codable {
  /// The id other documents use (`owner: mweber`).
  public let id: String
  /// The full name.
  public let name: String
  /// The e-mail address.
  public let email: String
  /// The roles held.
  public let roles: [Role]
  /// The GitHub/GitLab handle, for CODEOWNERS.
  public let forge: String?
  /// The areas or processes the person is responsible for (R48 independence).
  public let areas: [String]

  /// Whether the person holds `role`.
  public func holds(_ role: Role) -> Bool { roles.contains(role) }
}

/// The risk scales and acceptance threshold of `isms.yml` `risk_method`.
public struct RiskMethod: Sendable, Hashable, Codable {
  /// Likelihood labels for 1…n.
  public let likelihood: [String]
  /// Impact labels for 1…n.
  public let impact: [String]
  /// The highest level (likelihood × impact) accepted without treatment or acceptance.
  public let acceptanceThreshold: Int?
  /// The bands as `bands` declares them, `nil` when absent (``RiskBands`` then uses its default).
  public let bands: [RiskBand]?

  /// The highest possible level.
  public var maxLevel: Int { likelihood.count * impact.count }
}

/// Due-date defaults for findings, in days (`isms.yml` `findings`).
public struct FindingDefaults: Sendable, Hashable, Codable {
  /// External major nonconformities (R52).
  public let majorDays: Int
  /// External minor nonconformity plans (R53).
  public let minorDays: Int
  /// Internal majors (R55).
  public let internalMajorDays: Int
  /// Internal minors (R55).
  public let internalMinorDays: Int
  /// Minimum days between implementation and effectiveness review (R55).
  public let soakDays: Int
}

/// `isms.yml`: the organisation, its people and the ISMS settings.
public struct ISMSConfig: Sendable {
  /// Review interval in months when neither the document nor `review_intervals` sets one.
  public static let defaultReviewInterval = 12

  /// The organisation's legal name.
  public let organization: String?
  /// The short scope statement (4.3).
  public let scope: String?
  /// The framework, `nil` when missing or unknown.
  public let framework: Framework?
  /// The people, in file order.
  public let people: [Person]
  /// Review intervals in months per kind, as configured.
  public let reviewIntervals: [DocumentKind: Int]
  /// The risk method; `nil` when missing.
  public let riskMethod: RiskMethod?
  /// The certification body's name.
  public let certificationBodyName: String?
  /// Finding due-date defaults.
  public let findings: FindingDefaults
  /// The SOC 2 engagement, `nil` when `soc2` is absent.
  public let soc2: SOC2Scope?
  /// The raw YAML entries with their lines.
  public let fields: [YAMLEntry]

  /// Builds the configuration from the entries of `isms.yml`, leniently.
  public init(_ reader: FieldReader) {
    organization = reader.string("organization")
    scope = reader.string("scope")
    framework = reader.value("framework")
    people = reader.objects("people").compactMap { person in
      guard let id = person.string("id") else { return nil }
      return Person(
        id: id, name: person.string("name") ?? id, email: person.string("email") ?? "",
        roles: person.strings("roles").compactMap(Role.init(rawValue:)), forge: person.string("forge"),
        areas: person.strings("areas"))
    }
    var intervals: [DocumentKind: Int] = [:]
    if let configured = reader.object("review_intervals") {
      for kind in [DocumentKind.policy, .procedure, .plan, .risk, .supplier] {
        intervals[kind] = configured.int(kind.rawValue, in: NumberLimits.reviewMonths)
      }
    }
    reviewIntervals = intervals
    riskMethod = reader.object("risk_method").map {
      RiskMethod(
        // Validation reports a longer scale; no value may exceed the limit, so no report meets one.
        likelihood: Array($0.strings("likelihood").prefix(NumberLimits.maxScaleLabels)),
        impact: Array($0.strings("impact").prefix(NumberLimits.maxScaleLabels)),
        acceptanceThreshold: $0.int("acceptance_threshold", in: NumberLimits.riskLevel),
        bands: $0.node("bands") == nil
          ? nil
          : $0.objects("bands").map {
            RiskBand(name: $0.string("name") ?? "", max: $0.int("max", in: NumberLimits.riskLevel) ?? 0)
          }
      )
    }
    certificationBodyName = reader.object("certification_body")?.string("name")
    let findingsReader = reader.object("findings")
    findings = FindingDefaults(
      majorDays: findingsReader?.int("major_days", in: NumberLimits.days) ?? 90,
      minorDays: findingsReader?.int("minor_days", in: NumberLimits.days) ?? 30,
      internalMajorDays: findingsReader?.int("internal_major_days", in: NumberLimits.days) ?? 30,
      internalMinorDays: findingsReader?.int("internal_minor_days", in: NumberLimits.days) ?? 90,
      soakDays: findingsReader?.int("soak_days", in: NumberLimits.days) ?? 30)
    soc2 = reader.object("soc2").map(SOC2Scope.init)
    fields = reader.entries
  }

  /// The person with `id`, if any.
  public func person(_ id: String) -> Person? { people.first { $0.id == id } }

  /// The review interval in months for `kind`: `review_intervals`, else 12.
  public func reviewInterval(for kind: DocumentKind) -> Int {
    reviewIntervals[kind] ?? Self.defaultReviewInterval
  }
}
