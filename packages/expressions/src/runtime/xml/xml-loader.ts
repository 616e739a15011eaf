import { argumentNull } from '../exceptions.js';
import { XNamespace } from './names.js';
import type { ReaderNode } from './reader/reader-nodes.js';
import { XmlTextReader } from './reader/xml-text-reader.js';
import { XAttribute } from './x-attribute.js';
import { XComment } from './x-comment.js';
import type { XContainer } from './x-container.js';
import { XDeclaration } from './x-declaration.js';
import { XDocument } from './x-document.js';
import { XDocumentType } from './x-document-type.js';
import { XElement } from './x-element.js';
import type { XNode } from './x-node.js';
import { XProcessingInstruction } from './x-processing-instruction.js';
import { XCData, XText } from './x-text.js';
import { LoadOptions } from './xml-node-type.js';

/**
 * Adds text as `XContainer.AddStringSkipNotify` does while loading: it joins a text node just
 * before it, so entity references and character references do not split the text.
 */
function appendText(container: XContainer, text: string): void {
  const last = container.LastNode;
  if (last instanceof XText && !(last instanceof XCData)) {
    last.Value = last.Value + text;
  } else if (text.length > 0) {
    appendNode(container, new XText(text));
  }
}

function appendNode(container: XContainer, node: XNode): void {
  node.parent = container;
  container.childNodes.push(node);
}

/** An element of the reader, with its attributes, as `new XElement(XmlReader)` builds it. */
function elementOf(node: Extract<ReaderNode, { type: 'Element' }>): XElement {
  const element = new XElement(XNamespace.Get(node.ns).GetName(node.localName));
  for (const attribute of node.attributes) {
    const ns = attribute.prefix.length === 0 ? '' : attribute.ns;
    const added = new XAttribute(XNamespace.Get(ns).GetName(attribute.localName), attribute.value);
    added.parent = element;
    element.attributeList.push(added);
  }
  return element;
}

/**
 * Reads every node of the document into it (`XContainer.ReadContentFrom`). An element closed
 * by an end tag with nothing in between keeps empty content, and writes back as `<a></a>`.
 */
function readDocument(reader: XmlTextReader, document: XDocument): void {
  let current: XContainer = document;
  for (let node = reader.read(); node !== null; node = reader.read()) {
    switch (node.type) {
      case 'XmlDeclaration':
        document.Declaration = new XDeclaration(node.version, node.encoding, node.standalone);
        break;
      case 'Element': {
        const element = elementOf(node);
        appendNode(current, element);
        if (!node.isEmpty) current = element;
        break;
      }
      case 'EndElement':
        if (current.childNodes.length === 0) current.emptyText = true;
        current = current.parent ?? document;
        break;
      case 'Text':
      case 'Whitespace':
      case 'SignificantWhitespace':
        appendText(current, node.value);
        break;
      case 'CDATA':
        appendNode(current, new XCData(node.value));
        break;
      case 'Comment':
        appendNode(current, new XComment(node.value));
        break;
      case 'ProcessingInstruction':
        appendNode(current, new XProcessingInstruction(node.name, node.value));
        break;
      case 'DocumentType':
        appendNode(current, new XDocumentType(node.name, node.publicId, node.systemId, node.internalSubset));
        break;
    }
  }
}

/** `XDocument.Parse(text[, options])`. */
export function parseXDocument(text: string | null, options: number = LoadOptions.None): XDocument {
  if (text === null) throw argumentNull('s');
  const reader = new XmlTextReader(text, {
    preserveWhitespace: (options & LoadOptions.PreserveWhitespace) !== 0,
  });
  const document = new XDocument();
  readDocument(reader, document);
  return document;
}

/**
 * `XElement.Parse(text[, options])`: the root element of the document; the nodes around it are
 * read (and checked) but not kept.
 */
export function parseXElement(text: string | null, options: number = LoadOptions.None): XElement {
  const root = parseXDocument(text, options).Root;
  if (root === null) throw new Error('the reader reports a document without a root element');
  root.Remove();
  return root;
}
