import Testing

@testable import ISMSCore

@Suite("Sampling")
struct SampleDrawTests {
  static func items(_ count: Int, prefix: String = "item") -> [SampleDraw.Item] {
    (0..<count).map { SampleDraw.Item(key: "\(prefix)-\($0)", fields: ["2026-04-01"]) }
  }

  @Test func theSameSeedAndPopulationDrawTheSameItems() {
    let population = Self.items(120)
    let first = SampleDraw.draw(population, size: 25, seed: 42)
    #expect(first.count == 25)
    #expect(Set(first).count == 25)
    #expect(SampleDraw.draw(population, size: 25, seed: 42) == first)
    #expect(SampleDraw.draw(population, size: 25, seed: 43) != first)
  }

  @Test func aDifferentPopulationHasADifferentHash() {
    let population = Self.items(10)
    #expect(SampleDraw.sha256(population) == SampleDraw.sha256(Self.items(10)))
    #expect(SampleDraw.sha256(population) != SampleDraw.sha256(Self.items(11)))
    #expect(SampleDraw.sha256(population) != SampleDraw.sha256(Self.items(10, prefix: "other")))
    #expect(SampleDraw.sha256(population).count == 64)
  }

  @Test func splitMix64MatchesItsReferenceOutputs() {
    // The first outputs of the reference splitmix64.c (Vigna) seeded with 0: a recorded sample
    // must draw the same items on every later version of isms.
    var generator = SplitMix64(seed: 0)
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    #expect(generator.next() == 0x06C4_5D18_8009_454F)
  }

  @Test func edgeSizes() {
    let population = Self.items(10)
    #expect(SampleDraw.draw(population, size: 10, seed: 7).count == 10)
    #expect(SampleDraw.draw(population, size: 0, seed: 7).isEmpty)
  }

  @Test func sizesByFrequency() {
    #expect(SampleDraw.size(for: .annual, population: 1) == 1)
    #expect(SampleDraw.size(for: .quarterly, population: 2) == 2)
    #expect(SampleDraw.size(for: .monthly, population: 6) == 2)
    #expect(SampleDraw.size(for: .weekly, population: 26) == 5)
    #expect(SampleDraw.size(for: .daily, population: 183) == 20)
    #expect(SampleDraw.size(for: .perChange, population: 12) == 3)
    #expect(SampleDraw.size(for: .perChange, population: 120) == 12)
    #expect(SampleDraw.size(for: .perChange, population: 900) == 25)
    #expect(SampleDraw.size(for: .perChange, population: 2) == 2)
  }

  @Test func theExampleSampleMatchesItsPopulation() {
    #expect(!ExampleISMS.baseline.contains { $0.rule == "S10" || $0.rule == "S11" })
  }
}
