extension ISMS {
  /// Whether any document is classified `confidential`: then everything written from the ISMS
  /// (packets, exports) is made readable by the user only.
  public var holdsConfidentialContent: Bool {
    documents.contains { document in
      document.frontMatter.contains { $0.key == "classification" && $0.value.text == "confidential" }
    }
  }
}
