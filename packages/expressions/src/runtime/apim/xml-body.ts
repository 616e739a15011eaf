import { parseXDocument, parseXElement } from '../xml/xml-loader.js';

/** Which LINQ to XML type `Body.As<T>()` asked for. */
export type XmlTarget = 'XDocument' | 'XElement' | 'XNode';

/**
 * Reads a body as `XDocument.Parse` or `XElement.Parse` do. `As<XNode>` gives the root element
 * (an `XElement`), as Microsoft's policy toolkit does; API Management does not document it.
 */
export function readXmlBody(text: string, target: XmlTarget): unknown {
  return target === 'XDocument' ? parseXDocument(text) : parseXElement(text);
}
