/// The parts of the OSCAL 1.1 JSON models that `isms export oscal` writes.
public enum OSCAL {
  /// The OSCAL version the documents declare and are validated against.
  public static let version = "1.1.3"
  /// The namespace of the properties `isms` defines (27002 attributes, SoA decisions).
  public static let namespace = "urn:isms:oscal:ns:iso27001-2022"

  /// A name/value property (`prop`).
  public struct Property: Sendable, Hashable, Codable {
    /// The property name (an OSCAL token).
    public let name: String
    /// The namespace of `name`, absent for properties OSCAL defines.
    public let ns: String?
    /// The value.
    public let value: String
    /// An optional class.
    public let `class`: String?

    /// Creates a property; `ns` nil means an OSCAL-defined name such as `label`.
    public init(_ name: String, _ value: String, ns: String? = OSCAL.namespace, class: String? = nil) {
      self.name = name
      self.ns = ns
      self.value = value
      self.class = `class`
    }
  }

  /// Document metadata.
  public struct Metadata: Sendable, Hashable, Codable {
    /// The document title.
    public let title: String
    /// `YYYY-MM-DDT00:00:00Z`.
    public let lastModified: String
    /// The document version.
    public let version: String
    /// Always ``OSCAL/version``.
    public let oscalVersion: String
    /// Free remarks.
    public let remarks: String?

    private enum CodingKeys: String, CodingKey {
      case title, version, remarks
      case lastModified = "last-modified"
      case oscalVersion = "oscal-version"
    }
  }

  /// A catalog control: id, title and properties; no statement text.
  public struct Control: Sendable, Hashable, Codable {
    /// The control id.
    public let id: String
    /// A class.
    public let `class`: String
    /// Our own short title.
    public let title: String
    /// The label and the 27002 attributes.
    public let props: [Property]
  }

  /// A group of controls: one Annex A theme.
  public struct Group: Sendable, Hashable, Codable {
    /// The group id, the theme.
    public let id: String
    /// A class.
    public let `class`: String
    /// The title.
    public let title: String
    /// The controls.
    public let controls: [Control]
  }

  /// A catalog.
  public struct Catalog: Sendable, Hashable, Codable {
    /// The document UUID.
    public let uuid: String
    /// Metadata.
    public let metadata: Metadata
    /// Groups per theme.
    public let groups: [Group]
  }

  /// The requirement of one control as the component implements it (an SoA entry).
  public struct ImplementedRequirement: Sendable, Hashable, Codable {
    /// The UUID.
    public let uuid: String
    /// The control id in the catalog.
    public let controlID: String
    /// A one-sentence summary of the decision.
    public let description: String
    /// Applicability, implementation status, owner.
    public let props: [Property]
    /// The justification, when written.
    public let remarks: String?

    private enum CodingKeys: String, CodingKey {
      case uuid, description, props, remarks
      case controlID = "control-id"
    }
  }

  /// The controls of one catalog the component implements.
  public struct ControlImplementation: Sendable, Hashable, Codable {
    /// The UUID.
    public let uuid: String
    /// A reference to the catalog.
    public let source: String
    /// What the set is.
    public let description: String
    /// One per control.
    public let implementedRequirements: [ImplementedRequirement]

    private enum CodingKeys: String, CodingKey {
      case uuid, source, description
      case implementedRequirements = "implemented-requirements"
    }
  }

  /// A component: here the ISMS itself.
  public struct Component: Sendable, Hashable, Codable {
    /// The UUID.
    public let uuid: String
    /// The component type.
    public let type: String
    /// The title.
    public let title: String
    /// The description.
    public let description: String
    /// The control implementations.
    public let controlImplementations: [ControlImplementation]

    private enum CodingKeys: String, CodingKey {
      case uuid, type, title, description
      case controlImplementations = "control-implementations"
    }
  }

  /// A component definition.
  public struct ComponentDefinition: Sendable, Hashable, Codable {
    /// The document UUID.
    public let uuid: String
    /// Metadata.
    public let metadata: Metadata
    /// The components.
    public let components: [Component]
  }

  /// The top-level wrapper `{"catalog": …}`.
  public struct CatalogDocument: Sendable, Hashable, Codable {
    /// The catalog.
    public let catalog: Catalog
  }

  /// The top-level wrapper `{"component-definition": …}`.
  public struct ComponentDefinitionDocument: Sendable, Hashable, Codable {
    /// The component definition.
    public let componentDefinition: ComponentDefinition

    private enum CodingKeys: String, CodingKey { case componentDefinition = "component-definition" }
  }
}
