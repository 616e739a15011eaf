import { argument, invalidOperation } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import { type XName, XNamespace } from './names.js';
import { XAttribute } from './x-attribute.js';
import { descendantNodes, XContainer } from './x-container.js';
import { ancestorsOf, elementsOf, required, type XNode } from './x-node.js';
import { stringValueOf } from './x-value.js';
import { LinqRes } from './xml-errors.js';
import { formatRes } from './xml-exception.js';
import { XML_NAMESPACE, XMLNS_NAMESPACE } from './xml-namespaces.js';
import { nodeTypeName, XmlNodeType } from './xml-node-type.js';
import { sequence, type XmlSequence } from './xml-sequence.js';
import { writeNode } from './xml-writer.js';

/** `System.Xml.Linq.XElement`: a named element with attributes and content. */
export class XElement extends XContainer {
  static readonly [DOTNET_TYPE] = 'System.Xml.Linq.XElement';
  #name: XName;
  attributeList: XAttribute[] = [];

  /** `new XElement(XName name)` and `new XElement(XName name, params object[] content)`. */
  constructor(name: XName | null, content: unknown = null) {
    super();
    this.#name = required(name, 'name');
    this.Add(content);
  }

  /** `new XElement(XElement other)`: a deep copy. */
  static copyOf(other: XElement | null): XElement {
    const source = required(other, 'other');
    const copy = new XElement(source.Name);
    for (const attribute of source.attributeList)
      copy.#appendAttribute(new XAttribute(attribute.Name, attribute.Value));
    for (const node of source.childNodes) {
      const clone = node.cloneNode();
      clone.parent = copy;
      copy.childNodes.push(clone);
    }
    copy.emptyText = source.emptyText;
    return copy;
  }

  get NodeType(): number {
    return XmlNodeType.Element;
  }

  get Name(): XName {
    return this.#name;
  }

  set Name(value: XName | null) {
    this.#name = required(value, 'value');
  }

  /** The concatenated text of all descendant text and CDATA nodes. */
  get Value(): string {
    const parts: string[] = [];
    this.appendText(parts);
    return parts.join('');
  }

  set Value(value: string | null) {
    const text = required(value, 'value');
    this.RemoveNodes();
    this.Add(text);
  }

  override appendText(parts: string[]): void {
    for (const node of this.childNodes) node.appendText(parts);
  }

  get IsEmpty(): boolean {
    return this.childNodes.length === 0 && !this.emptyText;
  }

  get HasElements(): boolean {
    return this.childNodes.some((node) => node.NodeType === XmlNodeType.Element);
  }

  get HasAttributes(): boolean {
    return this.attributeList.length > 0;
  }

  get FirstAttribute(): XAttribute | null {
    return this.attributeList[0] ?? null;
  }

  get LastAttribute(): XAttribute | null {
    return this.attributeList[this.attributeList.length - 1] ?? null;
  }

  /** `Attribute(XName name)`: the attribute of that name, or null. */
  Attribute(name: XName | null): XAttribute | null {
    return this.attributeList.find((attribute) => attribute.Name === name) ?? null;
  }

  /** `Attributes()` and `Attributes(XName name)`. */
  Attributes(name: XName | null = null, withName = false): XmlSequence<XAttribute> {
    const self = this;
    return sequence('XAttribute', function* () {
      if (withName && name === null) return;
      for (const attribute of [...self.attributeList]) {
        if (attribute.parent !== self) continue;
        if (!withName || attribute.Name === name) yield attribute;
      }
    });
  }

  AncestorsAndSelf(name: XName | null = null, withName = false): XmlSequence<XElement> {
    return ancestorsOf(this, name, withName);
  }

  DescendantNodesAndSelf(): XmlSequence<XNode> {
    return sequence('XNode', () => descendantNodes(this, true));
  }

  DescendantsAndSelf(name: XName | null = null, withName = false): XmlSequence<XElement> {
    return elementsOf(this.DescendantNodesAndSelf(), name, withName);
  }

  /** `SetAttributeValue(name, value)`: sets, adds, or (value null) removes the attribute. */
  SetAttributeValue(name: XName | null, value: unknown): void {
    const existing = this.Attribute(required(name, 'name'));
    if (value === null) {
      if (existing !== null) this.removeAttribute(existing);
    } else if (existing !== null) {
      existing.Value = stringValueOf(value);
    } else {
      this.#appendAttribute(new XAttribute(name, value));
    }
  }

  /** `SetElementValue(name, value)`: sets, adds, or (value null) removes the child element. */
  SetElementValue(name: XName | null, value: unknown): void {
    const existing = this.Element(required(name, 'name'));
    if (value === null) {
      existing?.Remove();
    } else if (existing !== null) {
      existing.Value = stringValueOf(value);
    } else {
      this.Add(new XElement(name, stringValueOf(value)));
    }
  }

  /** `SetValue(object value)`. */
  SetValue(value: unknown): void {
    this.Value = stringValueOf(required(value, 'value'));
  }

  RemoveAttributes(): void {
    for (const attribute of this.attributeList) attribute.parent = null;
    this.attributeList = [];
  }

  RemoveAll(): void {
    this.RemoveAttributes();
    this.RemoveNodes();
  }

  /** `ReplaceAll(content)`: attributes and nodes, the content read first. */
  ReplaceAll(content: unknown): void {
    const items =
      content !== null && typeof content === 'object' && Symbol.iterator in content
        ? [...(content as Iterable<unknown>)]
        : content;
    this.RemoveAll();
    this.Add(items);
  }

  /** `ReplaceAttributes(content)`. */
  ReplaceAttributes(content: unknown): void {
    const items =
      content !== null && typeof content === 'object' && Symbol.iterator in content
        ? [...(content as Iterable<unknown>)]
        : content;
    this.RemoveAttributes();
    this.Add(items);
  }

  removeAttribute(attribute: XAttribute): void {
    const index = this.attributeList.indexOf(attribute);
    if (index >= 0) this.attributeList.splice(index, 1);
    attribute.parent = null;
  }

  protected override addAttribute(attribute: XAttribute): void {
    const added = attribute.parent !== null ? new XAttribute(attribute.Name, attribute.Value) : attribute;
    if (this.Attribute(added.Name) !== null) throw invalidOperation(LinqRes.DuplicateAttribute);
    this.#appendAttribute(added);
  }

  #appendAttribute(attribute: XAttribute): void {
    attribute.parent = this;
    this.attributeList.push(attribute);
  }

  protected validateNode(node: XNode, _previous: XNode | null): void {
    const type = node.NodeType;
    if (type === XmlNodeType.Document || type === XmlNodeType.DocumentType) {
      throw argument(formatRes(LinqRes.AddNode, [nodeTypeName(type)]));
    }
  }

  /** `GetDefaultNamespace()`: the namespace `xmlns` declares in scope (none if undeclared). */
  GetDefaultNamespace(): XNamespace {
    return XNamespace.Get(this.#lookupNamespace('') ?? '');
  }

  /** `GetNamespaceOfPrefix(prefix)`: null when the prefix is not declared. */
  GetNamespaceOfPrefix(prefix: string | null): XNamespace | null {
    const name = required(prefix, 'prefix');
    if (name.length === 0) throw argument(formatRes("'{0}' is an invalid prefix.", [name]));
    if (name === 'xmlns') return XNamespace.Xmlns;
    const ns = this.#lookupNamespace(name);
    if (ns !== null) return XNamespace.Get(ns);
    return name === 'xml' ? XNamespace.Xml : null;
  }

  /** `GetPrefixOfNamespace(ns)`: the prefix declared for it in scope, or null. */
  GetPrefixOfNamespace(ns: XNamespace | null): string | null {
    const namespaceName = required(ns, 'ns').NamespaceName;
    if (namespaceName.length === 0) return null;
    const seen = new Set<string>();
    for (let element: XElement | null = this; element !== null; element = element.Parent) {
      for (const attribute of element.attributeList) {
        if (!attribute.IsNamespaceDeclaration) continue;
        const prefix = attribute.Name.NamespaceName.length === 0 ? '' : attribute.Name.LocalName;
        if (prefix.length > 0 && attribute.Value === namespaceName && !seen.has(prefix)) return prefix;
        seen.add(prefix);
      }
    }
    if (namespaceName === XML_NAMESPACE) return 'xml';
    if (namespaceName === XMLNS_NAMESPACE) return 'xmlns';
    return null;
  }

  /** The namespace a prefix (`''`: the default) is declared for in scope. */
  #lookupNamespace(prefix: string): string | null {
    for (let element: XElement | null = this; element !== null; element = element.Parent) {
      for (const attribute of element.attributeList) {
        if (!attribute.IsNamespaceDeclaration) continue;
        const declared = attribute.Name.NamespaceName.length === 0 ? '' : attribute.Name.LocalName;
        if (declared === prefix) return attribute.Value;
      }
    }
    return null;
  }

  cloneNode(): XNode {
    return XElement.copyOf(this);
  }

  deepEquals(other: XNode): boolean {
    if (!(other instanceof XElement) || other.Name !== this.#name) return false;
    if (other.attributeList.length !== this.attributeList.length) return false;
    for (let i = 0; i < this.attributeList.length; i++) {
      const a = this.attributeList[i]!;
      const b = other.attributeList[i]!;
      if (a.Name !== b.Name || a.Value !== b.Value) return false;
    }
    if (this.emptyText !== other.emptyText || this.childNodes.length !== other.childNodes.length)
      return false;
    return this.childNodes.every((node, i) => node.deepEquals(other.childNodes[i]!));
  }

  ToString(): string {
    return writeNode(this, 0);
  }

  /** `ToString(SaveOptions options)`. */
  ToStringWith(options: number): string {
    return writeNode(this, options);
  }
}
