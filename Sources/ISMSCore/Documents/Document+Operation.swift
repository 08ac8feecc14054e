extension Document {
  /// The activity fields, when an activity.
  public var activity: ControlActivity? {
    if case .activity(let value) = content { return value }
    return nil
  }

  /// The evidence fields, when an evidence record.
  public var evidence: EvidenceRecord? {
    if case .evidence(let value) = content { return value }
    return nil
  }

  /// The sample fields, when a sample record.
  public var sample: SampleRecord? {
    if case .sample(let value) = content { return value }
    return nil
  }
}
