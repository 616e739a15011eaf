import { argumentNull, invalidOperation } from '../exceptions.js';
import type { XName } from './names.js';
import type { XContainer } from './x-container.js';
import type { XDocument } from './x-document.js';
import type { XElement } from './x-element.js';
import { LinqRes, missingParent } from './xml-errors.js';
import { XmlNodeType } from './xml-node-type.js';
import { sequence, type XmlSequence } from './xml-sequence.js';

/**
 * `System.Xml.Linq.XObject`: a node or an attribute of an XML tree. Subclasses name their .NET
 * type and node type; the tree is linked by `parent` and the containers' child arrays.
 */
export abstract class XObject {
  /** The container holding this object (an attribute's element), or null. */
  parent: XContainer | null = null;

  abstract get NodeType(): number;

  /** The parent element (null when the parent is a document or there is none). */
  get Parent(): XElement | null {
    const parent = this.parent;
    return parent !== null && parent.NodeType === XmlNodeType.Element
      ? (parent as unknown as XElement)
      : null;
  }

  /** The document this object belongs to, or null. */
  get Document(): XDocument | null {
    let root: XObject = this;
    while (root.parent !== null) root = root.parent;
    return root.NodeType === XmlNodeType.Document ? (root as unknown as XDocument) : null;
  }

  /** Trees parsed from strings have no base URI. */
  get BaseUri(): string {
    return '';
  }

  abstract ToString(): string;

  Equals(other: unknown): boolean {
    return this === other;
  }

  GetHashCode(): number {
    return identityHash(this);
  }
}

const hashes = new WeakMap<object, number>();
let nextHash = 1;

/** Reference identity as a hash code, as `object.GetHashCode()` is for LINQ to XML objects. */
export function identityHash(value: object): number {
  let hash = hashes.get(value);
  if (hash === undefined) {
    hash = nextHash++;
    hashes.set(value, hash);
  }
  return hash;
}

/** `System.Xml.Linq.XNode`: a node of a tree, in document order among its siblings. */
export abstract class XNode extends XObject {
  /** A copy of this node, for adding a node that already has a parent elsewhere. */
  abstract cloneNode(): XNode;

  /** `XNode.DeepEquals` for two nodes of this kind. */
  abstract deepEquals(other: XNode): boolean;

  /** Appends the text this node contributes to its element's `Value`. */
  appendText(_parts: string[]): void {}

  get NextNode(): XNode | null {
    const parent = this.parent;
    if (parent === null) return null;
    const nodes = parent.childNodes;
    return nodes[nodes.indexOf(this) + 1] ?? null;
  }

  get PreviousNode(): XNode | null {
    const parent = this.parent;
    if (parent === null) return null;
    const nodes = parent.childNodes;
    return nodes[nodes.indexOf(this) - 1] ?? null;
  }

  /** `AddAfterSelf(content)` and `AddAfterSelf(params object[] content)`. */
  AddAfterSelf(content: unknown): void {
    const parent = this.#requireParent();
    parent.insertContent(this, content);
  }

  /** `AddBeforeSelf(content)`. */
  AddBeforeSelf(content: unknown): void {
    const parent = this.#requireParent();
    parent.insertContent(this.PreviousNode, content);
  }

  /** `ReplaceWith(content)`: removes this node and inserts the content where it was. */
  ReplaceWith(content: unknown): void {
    const parent = this.#requireParent();
    const previous = this.PreviousNode;
    parent.removeNode(this);
    parent.insertContent(previous, content);
  }

  Remove(): void {
    this.#requireParent().removeNode(this);
  }

  #requireParent(): XContainer {
    if (this.parent === null) throw missingParent();
    return this.parent;
  }

  /** The ancestor elements, nearest first. */
  Ancestors(name: XName | null = null, withName = false): XmlSequence<XElement> {
    return ancestorsOf(this.parent, name, withName);
  }

  NodesAfterSelf(): XmlSequence<XNode> {
    const self = this;
    return sequence('XNode', function* () {
      let node = self.parent === null ? null : self.NextNode;
      while (node !== null && node.parent === self.parent) {
        yield node;
        node = node.NextNode;
      }
    });
  }

  NodesBeforeSelf(): XmlSequence<XNode> {
    const self = this;
    return sequence('XNode', function* () {
      const parent = self.parent;
      if (parent === null) return;
      for (const node of [...parent.childNodes]) {
        if (node === self) break;
        yield node;
      }
    });
  }

  ElementsAfterSelf(name: XName | null = null, withName = false): XmlSequence<XElement> {
    return elementsOf(this.NodesAfterSelf(), name, withName);
  }

  ElementsBeforeSelf(name: XName | null = null, withName = false): XmlSequence<XElement> {
    return elementsOf(this.NodesBeforeSelf(), name, withName);
  }

  IsAfter(node: XNode | null): boolean {
    return compareDocumentOrder(this, node) > 0;
  }

  IsBefore(node: XNode | null): boolean {
    return compareDocumentOrder(this, node) < 0;
  }
}

/** Elements among `nodes`, with the given name when `withName` (a null name matches nothing). */
export function elementsOf(
  nodes: Iterable<XNode>,
  name: XName | null,
  withName: boolean,
): XmlSequence<XElement> {
  return sequence('XElement', function* () {
    if (withName && name === null) return;
    for (const node of nodes) {
      if (node.NodeType !== XmlNodeType.Element) continue;
      const element = node as unknown as XElement;
      if (!withName || element.Name === name) yield element;
    }
  });
}

/** The elements from `start` up the tree (`Ancestors`, `AncestorsAndSelf`). */
export function ancestorsOf(
  start: XContainer | null,
  name: XName | null,
  withName: boolean,
): XmlSequence<XElement> {
  return sequence('XElement', function* () {
    if (withName && name === null) return;
    for (let node: XContainer | null = start; node !== null; node = node.parent) {
      if (node.NodeType !== XmlNodeType.Element) break;
      const element = node as unknown as XElement;
      if (!withName || element.Name === name) yield element;
    }
  });
}

/** The chain from the root of the tree down to `node`. */
function pathFromRoot(node: XNode): XNode[] {
  const path: XNode[] = [];
  for (let n: XNode | null = node; n !== null; n = n.parent) path.unshift(n);
  return path;
}

/** `XNode.CompareDocumentOrder`: negative, zero or positive; nodes of different trees cannot compare. */
export function compareDocumentOrder(a: XNode | null, b: XNode | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  const pathA = pathFromRoot(a);
  const pathB = pathFromRoot(b);
  if (pathA[0] !== pathB[0]) throw invalidOperation(LinqRes.MissingAncestor);
  let i = 0;
  while (i < pathA.length && i < pathB.length && pathA[i] === pathB[i]) i++;
  if (i === pathA.length) return -1;
  if (i === pathB.length) return 1;
  const parent = pathA[i - 1] as unknown as XContainer;
  const siblings = parent.childNodes;
  return siblings.indexOf(pathA[i]!) < siblings.indexOf(pathB[i]!) ? -1 : 1;
}

/** `XNode.DeepEquals`: same kind, same names, values, attributes and content, recursively. */
export function deepEquals(a: XNode | null, b: XNode | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  return a.deepEquals(b);
}

/** Checks an argument that .NET rejects when null. */
export function required<T>(value: T | null, parameter: string): T {
  if (value === null) throw argumentNull(parameter);
  return value;
}
