import { argument, invalidOperation } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import { XContainer } from './x-container.js';
import { XDeclaration } from './x-declaration.js';
import type { XDocumentType } from './x-document-type.js';
import type { XElement } from './x-element.js';
import { required, type XNode } from './x-node.js';
import { isOnlyWhitespace } from './xml-chars.js';
import { LinqRes } from './xml-errors.js';
import { formatRes } from './xml-exception.js';
import { nodeTypeName, XmlNodeType } from './xml-node-type.js';
import { writeNode } from './xml-writer.js';

/**
 * `System.Xml.Linq.XDocument`: a document, with an optional declaration, at most one document
 * type before at most one root element, and whitespace, comments and processing instructions.
 */
export class XDocument extends XContainer {
  static readonly [DOTNET_TYPE] = 'System.Xml.Linq.XDocument';
  Declaration: XDeclaration | null = null;

  /** `new XDocument()`, `new XDocument(params object[] content)`. */
  constructor(content: unknown = null) {
    super();
    this.Add(content);
  }

  /** `new XDocument(XDeclaration declaration, params object[] content)`. */
  static withDeclaration(declaration: XDeclaration | null, content: unknown): XDocument {
    const document = new XDocument(content);
    document.Declaration = declaration;
    return document;
  }

  /** `new XDocument(XDocument other)`: a deep copy. */
  static copyOf(other: XDocument | null): XDocument {
    const source = required(other, 'other');
    const copy = new XDocument();
    if (source.Declaration !== null) copy.Declaration = XDeclaration.copyOf(source.Declaration);
    for (const node of source.childNodes) {
      const clone = node.cloneNode();
      clone.parent = copy;
      copy.childNodes.push(clone);
    }
    return copy;
  }

  get NodeType(): number {
    return XmlNodeType.Document;
  }

  /** The root element, or null. */
  get Root(): XElement | null {
    const root = this.childNodes.find((node) => node.NodeType === XmlNodeType.Element);
    return (root as XElement | undefined) ?? null;
  }

  get DocumentType(): XDocumentType | null {
    const type = this.childNodes.find((node) => node.NodeType === XmlNodeType.DocumentType);
    return (type as XDocumentType | undefined) ?? null;
  }

  protected override validateString(text: string): void {
    if (!isOnlyWhitespace(text)) throw argument(LinqRes.AddNonWhitespace);
  }

  protected validateNode(node: XNode, previous: XNode | null): void {
    switch (node.NodeType) {
      case XmlNodeType.Text:
        this.validateString((node as unknown as { Value: string }).Value);
        break;
      case XmlNodeType.Element:
        this.#validateDocument(previous, XmlNodeType.DocumentType, XmlNodeType.None);
        break;
      case XmlNodeType.DocumentType:
        this.#validateDocument(previous, XmlNodeType.None, XmlNodeType.Element);
        break;
      case XmlNodeType.CDATA:
      case XmlNodeType.Document:
        throw argument(formatRes(LinqRes.AddNode, [nodeTypeName(node.NodeType)]));
      default:
        break;
    }
  }

  /**
   * `XDocument.ValidateDocument`: before the insertion point only `allowBefore` may appear
   * (an element needs any document type before it), after it only `allowAfter`.
   */
  #validateDocument(previous: XNode | null, allowBefore: number, allowAfter: number): void {
    if (this.childNodes.length === 0) return;
    let allowed = previous === null ? allowAfter : allowBefore;
    for (const node of this.childNodes) {
      const type = node.NodeType;
      if (type === XmlNodeType.Element || type === XmlNodeType.DocumentType) {
        if (type !== allowed) throw invalidOperation(LinqRes.DocumentStructure);
        allowed = XmlNodeType.None;
      }
      if (node === previous) allowed = allowAfter;
    }
  }

  cloneNode(): XNode {
    return XDocument.copyOf(this);
  }

  deepEquals(other: XNode): boolean {
    if (!(other instanceof XDocument) || other.childNodes.length !== this.childNodes.length) return false;
    return this.childNodes.every((node, i) => node.deepEquals(other.childNodes[i]!));
  }

  /** The content without the declaration, as .NET's `XDocument.ToString()` writes it. */
  ToString(): string {
    return writeNode(this, 0);
  }

  ToStringWith(options: number): string {
    return writeNode(this, options);
  }
}
