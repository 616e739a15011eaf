import { argumentNull } from '../exceptions.js';
import type { XName } from './names.js';
import type { XAttribute } from './x-attribute.js';
import type { XContainer } from './x-container.js';
import type { XElement } from './x-element.js';
import { compareDocumentOrder, type XNode } from './x-node.js';
import { sequence, type XmlSequence } from './xml-sequence.js';

/**
 * `System.Xml.Linq.Extensions`: the axes applied to every item of a sequence. A null source
 * throws `ArgumentNullException` (`source`) when the method is called; null items are skipped.
 */
function each<TIn, TOut>(
  source: Iterable<TIn | null> | null,
  elementType: string,
  axis: (item: TIn) => Iterable<TOut>,
): XmlSequence<TOut> {
  if (source === null) throw argumentNull('source');
  return sequence(elementType, function* () {
    for (const item of source) if (item !== null) yield* axis(item);
  });
}

export const elementsOfAll = (source: Iterable<XContainer | null> | null) =>
  each(source, 'XElement', (c: XContainer) => c.Elements());

export const elementsNamedOfAll = (source: Iterable<XContainer | null> | null, name: XName | null) =>
  each(source, 'XElement', (c: XContainer) => c.Elements(name, true));

export const descendantsOfAll = (source: Iterable<XContainer | null> | null) =>
  each(source, 'XElement', (c: XContainer) => c.Descendants());

export const descendantsNamedOfAll = (source: Iterable<XContainer | null> | null, name: XName | null) =>
  each(source, 'XElement', (c: XContainer) => c.Descendants(name, true));

export const descendantsAndSelfOfAll = (source: Iterable<XElement | null> | null) =>
  each(source, 'XElement', (e: XElement) => e.DescendantsAndSelf());

export const descendantsAndSelfNamedOfAll = (source: Iterable<XElement | null> | null, name: XName | null) =>
  each(source, 'XElement', (e: XElement) => e.DescendantsAndSelf(name, true));

export const ancestorsOfAll = (source: Iterable<XNode | null> | null) =>
  each(source, 'XElement', (n: XNode) => n.Ancestors());

export const ancestorsNamedOfAll = (source: Iterable<XNode | null> | null, name: XName | null) =>
  each(source, 'XElement', (n: XNode) => n.Ancestors(name, true));

export const ancestorsAndSelfOfAll = (source: Iterable<XElement | null> | null) =>
  each(source, 'XElement', (e: XElement) => e.AncestorsAndSelf());

export const nodesOfAll = (source: Iterable<XContainer | null> | null) =>
  each(source, 'XNode', (c: XContainer) => c.Nodes());

export const descendantNodesOfAll = (source: Iterable<XContainer | null> | null) =>
  each(source, 'XNode', (c: XContainer) => c.DescendantNodes());

export const attributesOfAll = (source: Iterable<XElement | null> | null) =>
  each(source, 'XAttribute', (e: XElement) => e.Attributes());

export const attributesNamedOfAll = (source: Iterable<XElement | null> | null, name: XName | null) =>
  each(source, 'XAttribute', (e: XElement) => e.Attributes(name, true));

/** `InDocumentOrder()`: the nodes sorted by their position in their tree. */
export function inDocumentOrder(source: Iterable<XNode | null> | null): XmlSequence<XNode | null> {
  if (source === null) throw argumentNull('source');
  return sequence('XNode', function* () {
    yield* [...source].sort(compareDocumentOrder);
  });
}

/** `Remove()` of a sequence of nodes or attributes: each one still attached is removed. */
export function removeAll(source: Iterable<XNode | XAttribute | null> | null): void {
  if (source === null) throw argumentNull('source');
  for (const item of [...source]) if (item !== null && item.parent !== null) item.Remove();
}
