/// The fields of a `supplier` document.
public struct SupplierEntry: Sendable, Hashable {
  /// The service provided.
  public let service: String?
  /// The kinds of data the supplier handles.
  public let data: [String]
  /// Low, medium, high or critical.
  public let criticality: String?
  /// The owner's person id.
  public let owner: String?
  /// Certificate expiry days by certification name (`iso27001`), when given.
  public let certificationExpiries: [String: Day]
  /// Months between reviews, when set on the supplier.
  public let reviewInterval: Int?
  /// The last review.
  public let lastReview: Day?
  /// The next planned review.
  public let nextReview: Day?
  /// Controls relevant to the supplier.
  public let controls: [String]
  /// Where it processes data (countries or regions), shown in the customer subprocessor list.
  public let location: String?

  /// Reads the fields leniently.
  public init(_ reader: FieldReader) {
    service = reader.string("service")
    data = reader.strings("data")
    criticality = reader.string("criticality")
    owner = reader.string("owner")
    var expiries: [String: Day] = [:]
    for entry in reader.object("certifications")?.entries ?? [] {
      if let expires = entry.value.entries.map(FieldReader.init)?.day("expires") {
        expiries[entry.key] = expires
      }
    }
    certificationExpiries = expiries
    reviewInterval = reader.int("review_interval", in: NumberLimits.reviewMonths)
    lastReview = reader.day("last_review")
    nextReview = reader.day("next_review")
    controls = reader.strings("controls")
    location = reader.string("location")
  }
}
