/// Writes YAML values that read back exactly as given, whatever the text holds.
public enum YAMLText {
  /// A double-quoted YAML scalar: backslash, quote and control characters escaped.
  public static func quoted(_ text: String) -> String { YAMLQuoting.doubleQuoted(text) }

  /// A flow list of quoted scalars, `["a", "b"]`.
  public static func list(_ values: [String]) -> String {
    "[" + values.map(quoted).joined(separator: ", ") + "]"
  }

  /// A flow list of plain ids, `[A.5.1, A.8.8]`; ids never need quotes.
  public static func idList(_ values: [String]) -> String {
    "[" + values.joined(separator: ", ") + "]"
  }
}
