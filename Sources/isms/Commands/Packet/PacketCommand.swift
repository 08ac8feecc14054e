import ArgumentParser

extension ISMSCommand {
  /// `isms packet`: build an audit packet, or verify one.
  struct Packet: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "packet",
      abstract:
        "Build a reproducible, verifiable audit packet (zip of HTML, CSV, SVG and a manifest), or verify one.",
      subcommands: [PacketBuild.self, PacketVerify.self],
      defaultSubcommand: PacketBuild.self)
  }
}
