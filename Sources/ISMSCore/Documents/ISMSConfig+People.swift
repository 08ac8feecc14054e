extension ISMSConfig {
  /// The person `reference` names on the command line: a person id or an e-mail address,
  /// case-insensitively.
  public func person(named reference: String) -> Person? {
    let wanted = reference.lowercased()
    return people.first { $0.id.lowercased() == wanted || $0.email.lowercased() == wanted }
  }

  /// The person a git identity belongs to, matched by e-mail address.
  public func person(email: String) -> Person? {
    let wanted = email.lowercased()
    return people.first { $0.email.lowercased() == wanted }
  }
}
