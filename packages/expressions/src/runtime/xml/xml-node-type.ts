/** `System.Xml.XmlNodeType`, the values .NET gives its members. */
export const XmlNodeType = {
  None: 0,
  Element: 1,
  Attribute: 2,
  Text: 3,
  CDATA: 4,
  EntityReference: 5,
  Entity: 6,
  ProcessingInstruction: 7,
  Comment: 8,
  Document: 9,
  DocumentType: 10,
  DocumentFragment: 11,
  Notation: 12,
  Whitespace: 13,
  SignificantWhitespace: 14,
  EndElement: 15,
  EndEntity: 16,
  XmlDeclaration: 17,
} as const;

/** `System.Xml.Linq.LoadOptions` (flags). */
export const LoadOptions = { None: 0, PreserveWhitespace: 1, SetBaseUri: 2, SetLineInfo: 4 } as const;

/** `System.Xml.Linq.SaveOptions` (flags). */
export const SaveOptions = { None: 0, DisableFormatting: 1, OmitDuplicateNamespaces: 2 } as const;

/** The name of a node type, as `XmlNodeType.ToString()` prints it (in messages). */
export function nodeTypeName(type: number): string {
  for (const [name, value] of Object.entries(XmlNodeType)) if (value === type) return name;
  return String(type);
}
