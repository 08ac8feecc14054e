/// The version of the `isms` tool, recorded in packets and exports.
public enum ISMSVersion {
  /// Semantic version of this build.
  public static let current = "0.1.0"
}
