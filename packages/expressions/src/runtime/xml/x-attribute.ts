import { argument } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import type { XName } from './names.js';
import type { XElement } from './x-element.js';
import { required, XObject } from './x-node.js';
import { stringValueOf } from './x-value.js';
import { LinqRes, missingParent } from './xml-errors.js';
import { escapeAttribute } from './xml-escape.js';
import { formatRes } from './xml-exception.js';
import { XML_NAMESPACE, XMLNS_NAMESPACE } from './xml-namespaces.js';
import { XmlNodeType } from './xml-node-type.js';

/**
 * `System.Xml.Linq.XAttribute`: a name and a value on an element. `xmlns` and `xmlns:p`
 * attributes are namespace declarations, which .NET checks when they are created.
 */
export class XAttribute extends XObject {
  static readonly [DOTNET_TYPE] = 'System.Xml.Linq.XAttribute';
  readonly #name: XName;
  #value: string;

  /** `new XAttribute(XName name, object value)`: the value as `XElement.SetValue` converts it. */
  constructor(name: XName | null, value: unknown) {
    super();
    this.#name = required(name, 'name');
    const text = stringValueOf(required(value, 'value'));
    validateDeclaration(this.#name, text);
    this.#value = text;
  }

  /** `new XAttribute(XAttribute other)`. */
  static copyOf(other: XAttribute | null): XAttribute {
    const source = required(other, 'other');
    return new XAttribute(source.Name, source.Value);
  }

  get NodeType(): number {
    return XmlNodeType.Attribute;
  }

  get Name(): XName {
    return this.#name;
  }

  get Value(): string {
    return this.#value;
  }

  set Value(value: string | null) {
    const text = required(value, 'value');
    validateDeclaration(this.#name, text);
    this.#value = text;
  }

  /** `SetValue(object value)`. */
  SetValue(value: unknown): void {
    this.Value = stringValueOf(required(value, 'value'));
  }

  get IsNamespaceDeclaration(): boolean {
    const ns = this.#name.NamespaceName;
    return ns.length === 0 ? this.#name.LocalName === 'xmlns' : ns === XMLNS_NAMESPACE;
  }

  get NextAttribute(): XAttribute | null {
    const attributes = this.#siblings();
    return attributes === null ? null : (attributes[attributes.indexOf(this) + 1] ?? null);
  }

  get PreviousAttribute(): XAttribute | null {
    const attributes = this.#siblings();
    return attributes === null ? null : (attributes[attributes.indexOf(this) - 1] ?? null);
  }

  #siblings(): XAttribute[] | null {
    return this.parent === null ? null : (this.parent as unknown as XElement).attributeList;
  }

  Remove(): void {
    if (this.parent === null) throw missingParent();
    (this.parent as unknown as XElement).removeAttribute(this);
  }

  /**
   * `name="value"`, with the prefix the element's namespace declarations give the name; a
   * namespace nothing declares gets the prefix `XmlWriter` makes up for an attribute written
   * alone (`p0`).
   */
  ToString(): string {
    const owner = this.parent === null ? null : (this.parent as unknown as XElement);
    const ns = this.#name.NamespaceName;
    let prefix = '';
    if (ns.length > 0) {
      prefix = owner?.GetPrefixOfNamespace(this.#name.Namespace) ?? '';
      if (prefix === '' && ns === XMLNS_NAMESPACE) prefix = 'xmlns';
      else if (prefix === '' && ns === XML_NAMESPACE) prefix = 'xml';
      else if (prefix === '') prefix = 'p0';
    }
    const qualified = prefix.length === 0 ? this.#name.LocalName : `${prefix}:${this.#name.LocalName}`;
    return `${qualified}="${escapeAttribute(this.#value)}"`;
  }
}

/** .NET's checks of namespace declarations (`XAttribute.ValidateAttribute`). */
function validateDeclaration(name: XName, value: string): void {
  const ns = name.NamespaceName;
  if (ns === XMLNS_NAMESPACE) {
    if (value.length === 0) throw argument(formatRes(LinqRes.NamespaceDeclarationPrefixed, [name.LocalName]));
    if (value === XML_NAMESPACE) {
      if (name.LocalName !== 'xml') throw argument(LinqRes.NamespaceDeclarationXml);
    } else if (value === XMLNS_NAMESPACE) {
      throw argument(LinqRes.NamespaceDeclarationXmlns);
    } else {
      const local = name.LocalName;
      if (local === 'xml') throw argument(LinqRes.NamespaceDeclarationXml);
      if (local === 'xmlns') throw argument(LinqRes.NamespaceDeclarationXmlns);
    }
  } else if (ns.length === 0 && name.LocalName === 'xmlns') {
    if (value === XML_NAMESPACE) throw argument(LinqRes.NamespaceDeclarationXml);
    if (value === XMLNS_NAMESPACE) throw argument(LinqRes.NamespaceDeclarationXmlns);
  }
}
