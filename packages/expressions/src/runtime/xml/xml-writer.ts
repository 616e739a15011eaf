import type { XNamespace } from './names.js';
import { WriterNamespaces } from './namespace-scopes.js';
import type { XComment } from './x-comment.js';
import type { XContainer } from './x-container.js';
import type { XDocumentType } from './x-document-type.js';
import type { XElement } from './x-element.js';
import type { XNode } from './x-node.js';
import type { XProcessingInstruction } from './x-processing-instruction.js';
import type { XText } from './x-text.js';
import { escapeAttribute, escapeCData, escapeCommentOrPi, escapeText } from './xml-escape.js';
import { XML_NAMESPACE, XMLNS_NAMESPACE } from './xml-namespaces.js';
import { SaveOptions, XmlNodeType } from './xml-node-type.js';

/**
 * The line break `ToString()` writes between indented nodes and for line breaks in text:
 * `XmlWriterSettings.NewLineChars` defaults to `Environment.NewLine`, and API Management's
 * gateway runs on Windows, where that is CR LF.
 */
export const XML_NEW_LINE = '\r\n';

const INDENT = '  ';

/**
 * The output of `XmlWriter` as LINQ to XML's `ToString()` configures it: no declaration,
 * indented with two spaces unless `SaveOptions.DisableFormatting`. As `XmlEncodedRawTextWriterIndent`
 * does, nodes go on their own lines except inside an element once text has been written in it.
 */
class TextWriter {
  out = '';
  readonly #indent: boolean;
  #level = 0;
  #mixed = false;
  readonly #mixedStack: boolean[] = [];
  /** A start tag is open: attributes may still be written. */
  #startOpen = false;
  /** Where the content of the last start tag began (`contentPos`). */
  #contentStart = -1;
  readonly #names: string[] = [];
  readonly namespaces: WriterNamespaces;

  constructor(options: number) {
    this.#indent = (options & SaveOptions.DisableFormatting) === 0;
    this.namespaces = new WriterNamespaces((options & SaveOptions.OmitDuplicateNamespaces) !== 0);
  }

  #writeIndent(): void {
    this.out += XML_NEW_LINE + INDENT.repeat(this.#level);
  }

  /** Indents a node that starts a line (elements, comments, processing instructions). */
  #beforeMarkup(): void {
    this.#closeStartTag();
    if (this.#indent && !this.#mixed && this.out.length > 0) this.#writeIndent();
  }

  #closeStartTag(): void {
    if (!this.#startOpen) return;
    this.#startOpen = false;
    for (const { prefix, uri } of this.namespaces.pendingDeclarations()) {
      this.out += ` ${prefix.length === 0 ? 'xmlns' : `xmlns:${prefix}`}="${escapeAttribute(uri)}"`;
    }
    this.out += '>';
    this.#contentStart = this.out.length;
  }

  startElement(prefix: string | null, localName: string, uri: string): void {
    this.#beforeMarkup();
    this.#level++;
    this.#mixedStack.push(this.#mixed);
    const namespaces = this.namespaces;
    const chosen = prefix ?? namespaces.lookupPrefix(uri) ?? '';
    namespaces.pushScope();
    namespaces.pushImplicit(chosen, uri);
    const name = chosen.length === 0 ? localName : `${chosen}:${localName}`;
    this.#names.push(name);
    this.out += `<${name}`;
    this.#startOpen = true;
  }

  attribute(prefix: string | null, localName: string, uri: string, value: string): void {
    const namespaces = this.namespaces;
    let chosen = prefix;
    if (chosen === null) {
      if (!(localName === 'xmlns' && uri === XMLNS_NAMESPACE)) chosen = namespaces.lookupPrefix(uri);
      chosen ??= '';
    }
    if (chosen.length === 0) {
      if (localName === 'xmlns') {
        if (namespaces.pushExplicit('', value)) this.out += ` xmlns="${escapeAttribute(value)}"`;
        return;
      }
      if (uri.length > 0) {
        chosen = namespaces.lookupPrefix(uri);
        if (chosen === null || chosen.length === 0) chosen = namespaces.generatePrefix();
      }
    } else if (chosen === 'xmlns') {
      if (namespaces.pushExplicit(localName, value))
        this.out += ` xmlns:${localName}="${escapeAttribute(value)}"`;
      return;
    } else if (uri.length === 0) {
      chosen = '';
    } else {
      const defined = namespaces.lookupLocalNamespace(chosen);
      if (defined !== null && defined !== uri) chosen = namespaces.generatePrefix();
    }
    if (chosen.length > 0) namespaces.pushImplicit(chosen, uri);
    const name = chosen.length === 0 ? localName : `${chosen}:${localName}`;
    this.out += ` ${name}="${escapeAttribute(value)}"`;
  }

  /** `WriteEndElement` (`full`: `WriteFullEndElement`, never `<a />`). */
  endElement(full: boolean): void {
    const name = this.#names.pop() ?? '';
    this.#level--;
    if (this.#startOpen && !full) {
      this.#closeStartTag();
      this.out = `${this.out.slice(0, -1)} />`;
    } else {
      this.#closeStartTag();
      if (this.#indent && !this.#mixed && this.#contentStart !== this.out.length) this.#writeIndent();
      this.out += `</${name}>`;
    }
    this.#mixed = this.#mixedStack.pop() ?? false;
    this.namespaces.popScope();
  }

  text(value: string): void {
    this.#closeStartTag();
    this.#mixed = true;
    this.out += escapeText(value, XML_NEW_LINE);
  }

  cdata(value: string): void {
    this.#closeStartTag();
    this.#mixed = true;
    this.out += `<![CDATA[${escapeCData(value)}]]>`;
  }

  comment(value: string): void {
    this.#beforeMarkup();
    this.out += `<!--${escapeCommentOrPi(value, '-', XML_NEW_LINE)}-->`;
  }

  processingInstruction(target: string, data: string): void {
    this.#beforeMarkup();
    this.out +=
      data.length === 0 ? `<?${target}?>` : `<?${target} ${escapeCommentOrPi(data, '?', XML_NEW_LINE)}?>`;
  }

  documentType(node: XDocumentType): void {
    this.#beforeMarkup();
    let text = `<!DOCTYPE ${node.Name}`;
    if (node.PublicId !== null) text += ` PUBLIC "${node.PublicId}" "${node.SystemId ?? ''}"`;
    else if (node.SystemId !== null) text += ` SYSTEM "${node.SystemId}"`;
    else text += ' ';
    if (node.InternalSubset !== null) text += `[${node.InternalSubset}]`;
    this.out += `${text}>`;
  }
}

/** LINQ to XML's `NamespaceResolver`: the declarations of the tree in scope, for choosing prefixes. */
class TreeNamespaces {
  readonly #declarations: { prefix: string; uri: string; depth: number }[] = [];
  #depth = 0;

  push(): void {
    this.#depth++;
  }

  pop(): void {
    while (
      this.#declarations.length > 0 &&
      this.#declarations[this.#declarations.length - 1]!.depth === this.#depth
    ) {
      this.#declarations.pop();
    }
    this.#depth--;
  }

  add(prefix: string, uri: string): void {
    this.#declarations.push({ prefix, uri, depth: this.#depth });
  }

  /** An ancestor's declaration, outside every element written. */
  addFirst(prefix: string, uri: string): void {
    this.#declarations.unshift({ prefix, uri, depth: 0 });
  }

  prefixOf(uri: string, allowDefault: boolean): string | null {
    const list = this.#declarations;
    for (let i = list.length - 1; i >= 0; i--) {
      const declaration = list[i]!;
      if (declaration.uri !== uri) continue;
      if (!allowDefault && declaration.prefix.length === 0) continue;
      let hidden = false;
      for (let j = i + 1; j < list.length; j++) if (list[j]!.prefix === declaration.prefix) hidden = true;
      if (!hidden) return declaration.prefix;
    }
    return null;
  }
}

/** `ElementWriter`: walks elements, choosing prefixes from the tree's own declarations. */
class TreeWriter {
  readonly #tree = new TreeNamespaces();

  constructor(readonly writer: TextWriter) {}

  #prefixOf(ns: XNamespace, allowDefault: boolean): string | null {
    const uri = ns.NamespaceName;
    if (uri.length === 0) return '';
    const prefix = this.#tree.prefixOf(uri, allowDefault);
    if (prefix !== null) return prefix;
    if (uri === XML_NAMESPACE) return 'xml';
    if (uri === XMLNS_NAMESPACE) return 'xmlns';
    return null;
  }

  /** The declarations of the ancestors of an element written alone. */
  pushAncestors(element: XElement): void {
    for (let e = element.Parent; e !== null; e = e.Parent) {
      for (const attribute of [...e.attributeList].reverse()) {
        if (!attribute.IsNamespaceDeclaration) continue;
        const prefix = attribute.Name.NamespaceName.length === 0 ? '' : attribute.Name.LocalName;
        this.#tree.addFirst(prefix, attribute.Value);
      }
    }
  }

  element(element: XElement): void {
    const writer = this.writer;
    this.#tree.push();
    for (const attribute of element.attributeList) {
      if (!attribute.IsNamespaceDeclaration) continue;
      const local = attribute.Name.LocalName;
      this.#tree.add(local === 'xmlns' ? '' : local, attribute.Value);
    }
    const name = element.Name;
    writer.startElement(this.#prefixOf(name.Namespace, true), name.LocalName, name.NamespaceName);
    for (const attribute of element.attributeList) {
      const attributeName = attribute.Name;
      const local = attributeName.LocalName;
      const uri = attributeName.NamespaceName;
      const namespace = uri.length === 0 && local === 'xmlns' ? XMLNS_NAMESPACE : uri;
      writer.attribute(this.#prefixOf(attributeName.Namespace, false), local, namespace, attribute.Value);
    }
    if (element.IsEmpty) {
      writer.endElement(false);
    } else {
      if (element.emptyText) writer.text('');
      for (const node of element.childNodes) this.node(node);
      writer.endElement(true);
    }
    this.#tree.pop();
  }

  node(node: XNode): void {
    const writer = this.writer;
    switch (node.NodeType) {
      case XmlNodeType.Element:
        this.element(node as unknown as XElement);
        break;
      case XmlNodeType.Text:
        writer.text((node as XText).Value);
        break;
      case XmlNodeType.CDATA:
        writer.cdata((node as XText).Value);
        break;
      case XmlNodeType.Comment:
        writer.comment((node as XComment).Value);
        break;
      case XmlNodeType.ProcessingInstruction: {
        const instruction = node as XProcessingInstruction;
        writer.processingInstruction(instruction.Target, instruction.Data);
        break;
      }
      case XmlNodeType.DocumentType:
        writer.documentType(node as XDocumentType);
        break;
      case XmlNodeType.Document:
        for (const child of (node as unknown as XContainer).childNodes) this.node(child);
        break;
      default:
        break;
    }
  }
}

/** `XNode.ToString()` and `ToString(SaveOptions)`: a document's content, or one node. */
export function writeNode(node: XNode, options: number): string {
  const writer = new TextWriter(options);
  const tree = new TreeWriter(writer);
  if (node.NodeType === XmlNodeType.Element) tree.pushAncestors(node as unknown as XElement);
  tree.node(node);
  return writer.out;
}
