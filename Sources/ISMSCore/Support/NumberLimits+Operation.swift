extension NumberLimits {
  /// The seed of a sample draw: up to 2^53, so it survives JSON and spreadsheets unchanged.
  public static let seed = 0...9_007_199_254_740_992
  /// The items of a sample population, and the size of a sample.
  public static let population = 0...1_000_000
}
