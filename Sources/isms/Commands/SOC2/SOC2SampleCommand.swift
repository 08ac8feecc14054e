import ArgumentParser
import ISMSCore

extension ISMSCommand.SOC2 {
  struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "sample",
      abstract: "Draw a reproducible sample from an activity's population and record it, as one commit.",
      discussion: """
        The population is the activity's occurrences in the period (a quarterly activity: its \
        quarters), or for a per-change activity the changes to the main branch in the period (see \
        'isms soc2 population'). Its canonical listing is hashed (SHA-256); the sample is drawn with \
        SplitMix64 and a partial Fisher-Yates shuffle from --seed (default: the first 13 hexadecimal \
        digits of the population hash), and written to records/samples/SMP-NNN.md with the seed, the \
        hash and the items. The same activity, period, seed and population draw the same items; \
        'isms validate' warns when the population has changed since (S10). The size follows the \
        table in docs/soc2-operation.md (annual 1, semiannual, quarterly and monthly 2, weekly 5, \
        daily 20, per change 10 % of the changes between 3 and 25) unless --size is given.

        Examples:
          isms soc2 sample --activity ACT-004 --period 2026-04-01..2026-09-30 \\
            --seed 20261001 --by amoreira
          isms soc2 sample --activity ACT-003 --period 2026-04-01..2026-09-30 \\
            --repo-source ../platform --by amoreira

        Exit status: 0 when committed, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The activity sampled.", valueName: "id"))
    var activity: String

    @Option(
      help: ArgumentHelp(
        "The period, both days included (default: the SOC 2 scope's period in isms.yml).",
        valueName: "start..end"))
    var period: Period?

    @Option(help: ArgumentHelp("The seed of the draw (0 to 2^53).", valueName: "n"))
    var seed: Int?

    @Option(
      help: ArgumentHelp("How many items to draw (default: by the activity's cadence).", valueName: "n"))
    var size: Int?

    @Option(
      name: .customLong("repo-source"),
      help: ArgumentHelp(
        "Another local repository whose main branch is part of a per-change population (repeatable).",
        valueName: "path"))
    var sources: [String] = []

    @OptionGroup var who: ActorOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func validate() throws {
      if let seed, !NumberLimits.seed.contains(seed) {
        throw ValidationError("--seed must be a whole number from 0 to \(NumberLimits.seed.upperBound).")
      }
      if let size, !(1...NumberLimits.population.upperBound).contains(size) {
        throw ValidationError(
          "--size must be a whole number from 1 to \(NumberLimits.population.upperBound).")
      }
    }

    func run() throws {
      let session = try AuthoringSession(global, command: "soc2 sample")
      let acting = try session.actor(who)
      guard let document = session.isms.document(id: activity), let fields = document.activity,
        let cadence = fields.cadence
      else {
        throw CLIError(
          "\(activity) is not an activity with a cadence ('isms activity add' creates one); nothing was written."
        )
      }
      let period = try Period.resolve(self.period, config: session.isms.config)
      let changes =
        cadence.isCalendar
        ? []
        : try ChangePopulationReader.changes(context: session.context, sources: sources, period: period)
      let population = SampleDraw.population(of: fields, period: period, changes: changes)
      guard !population.isEmpty else {
        throw CLIError(
          "\(activity) has no \(cadence.isCalendar ? "occurrence" : "change") in \(period.start)..\(period.end) "
            + "(it starts \(fields.start?.description ?? "never")); nothing was written.")
      }
      let count = size ?? SampleDraw.size(for: cadence, population: population.count)
      if count > population.count {
        throw CLIError(
          "--size \(count) is more than the \(population.count) items of the population; nothing was written."
        )
      }
      let hash = SampleDraw.sha256(population)
      let seed = UInt64(self.seed ?? Int(hash.prefix(13), radix: 16) ?? 0)
      let items = SampleDraw.draw(population, size: count, seed: seed)
      let command =
        "isms soc2 sample --activity \(document.id) --period \(period.start)..\(period.end) "
        + "--seed \(seed) --size \(count)" + sources.map { " --repo-source \($0)" }.joined()
      let record = OperationRecordText.sample(
        activity: document.id, period: period, drawnBy: acting.person.id, seed: seed,
        population: population,
        items: items, repositories: sources, command: command, isms: session.isms,
        today: session.context.today)
      try session.refuseNewErrors([(record.path, record.text)])
      let commit = try session.commit(
        [(record.path, record.text)],
        message: "SOC 2: sample \(record.id) of \(document.id), \(items.count) of \(population.count)\n\n"
          + "ISMS-Record: \(record.id)\nISMS-Event: sample\n",
        by: acting)
      let report = SampleReport(
        sample: record.id, path: record.path, activity: document.id, seed: seed,
        populationSize: population.count,
        populationSHA256: hash, items: items, commit: commit.shortID)
      if format == .json { return Console.out(try JSONOutput.render(report)) }
      Console.report(
        "Drew \(record.id): \(items.count) of \(population.count) items of \(document.id) with seed \(seed) "
          + "(population SHA-256 \(hash)):\n" + items.map { "  \($0)" }.joined(separator: "\n")
          + "\nRecorded in \(record.path) (commit \(commit.shortID)).")
    }
  }
}

/// The JSON of `isms soc2 sample`.
struct SampleReport: Encodable {
  let sample: String
  let path: String
  let activity: String
  let seed: UInt64
  let populationSize: Int
  let populationSHA256: String
  let items: [String]
  let commit: String

  private enum CodingKeys: String, CodingKey {
    case sample, path, activity, seed, items, commit
    case populationSize = "population_size"
    case populationSHA256 = "population_sha256"
  }
}
