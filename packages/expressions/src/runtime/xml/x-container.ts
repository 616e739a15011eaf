import { argument } from '../exceptions.js';
import type { XName } from './names.js';
import type { XAttribute } from './x-attribute.js';
import type { XElement } from './x-element.js';
import { elementsOf, XNode } from './x-node.js';
import { XText } from './x-text.js';
import { stringValueOf } from './x-value.js';
import { LinqRes } from './xml-errors.js';
import { XmlNodeType } from './xml-node-type.js';
import { sequence, type XmlSequence } from './xml-sequence.js';

/**
 * `System.Xml.Linq.XContainer`: a node with child nodes (an element or a document).
 *
 * .NET keeps text-only content as a string and creates the `XText` node when it is asked for;
 * here the text is always a node, except for empty text (`Value = ""`, `Add("")` on an empty
 * element), which .NET keeps and which makes an element write `<a></a>` instead of `<a />`.
 */
export abstract class XContainer extends XNode {
  childNodes: XNode[] = [];
  /** The content is the empty string (no nodes, yet not empty). */
  emptyText = false;

  get FirstNode(): XNode | null {
    return this.childNodes[0] ?? null;
  }

  get LastNode(): XNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }

  /** Checks a node before it becomes a child (XDocument's structure rules). */
  protected abstract validateNode(node: XNode, previous: XNode | null): void;

  /** Checks text before it is added (a document takes only whitespace). */
  protected validateString(_text: string): void {}

  /** Adds an attribute found in content (elements only). */
  protected addAttribute(_attribute: XAttribute): void {
    throw argument(LinqRes.AddAttribute);
  }

  Nodes(): XmlSequence<XNode> {
    const self = this;
    return sequence('XNode', function* () {
      // As in .NET, the walk is live: a node removed while it is the current one ends it, and
      // nodes added after the current one are seen.
      let index = 0;
      while (index < self.childNodes.length) {
        const node = self.childNodes[index]!;
        yield node;
        if (node.parent !== self) return;
        index = (self.childNodes[index] === node ? index : self.childNodes.indexOf(node)) + 1;
      }
    });
  }

  /** `Elements()` and `Elements(XName name)`. */
  Elements(name: XName | null = null, withName = false): XmlSequence<XElement> {
    return elementsOf(this.Nodes(), name, withName);
  }

  /** `Element(XName name)`: the first child element of that name, or null. */
  Element(name: XName | null): XElement | null {
    for (const node of this.childNodes) {
      if (node.NodeType === XmlNodeType.Element && (node as unknown as XElement).Name === name) {
        return node as unknown as XElement;
      }
    }
    return null;
  }

  DescendantNodes(): XmlSequence<XNode> {
    return sequence('XNode', () => descendantNodes(this, false));
  }

  /** `Descendants()` and `Descendants(XName name)`. */
  Descendants(name: XName | null = null, withName = false): XmlSequence<XElement> {
    return elementsOf(this.DescendantNodes(), name, withName);
  }

  /** `Add(object content)` and `Add(params object[] content)`. */
  Add(content: unknown): void {
    this.insertContent(this.LastNode, content);
  }

  /** `AddFirst(object content)`. */
  AddFirst(content: unknown): void {
    this.insertContent(null, content);
  }

  RemoveNodes(): void {
    for (const node of this.childNodes) node.parent = null;
    this.childNodes = [];
    this.emptyText = false;
  }

  /** `ReplaceNodes(content)`: the content is read before the old nodes go. */
  ReplaceNodes(content: unknown): void {
    const items = snapshot(content);
    this.RemoveNodes();
    this.Add(items);
  }

  removeNode(node: XNode): void {
    const index = this.childNodes.indexOf(node);
    if (index >= 0) this.childNodes.splice(index, 1);
    node.parent = null;
  }

  /**
   * Inserts content after `previous` (at the start when null), as .NET's `Inserter` does:
   * strings gather into one text, which joins a text node just before it; nodes that already
   * have a parent (or are this tree's root) are copied; sequences are flattened.
   */
  insertContent(previous: XNode | null, content: unknown): void {
    const state = { previous, text: null as string | null };
    this.#addContent(state, content);
    this.#flushText(state);
  }

  #addContent(state: { previous: XNode | null; text: string | null }, content: unknown): void {
    if (content === null || content === undefined) return;
    if (content instanceof XNode) {
      this.#flushText(state);
      this.#insertNode(state, content);
      return;
    }
    if (typeof content === 'string') {
      this.validateString(content);
      state.text = (state.text ?? '') + content;
      return;
    }
    if (isAttribute(content)) {
      this.#flushText(state);
      this.addAttribute(content);
      return;
    }
    if (isContentSequence(content)) {
      for (const item of snapshot(content)) this.#addContent(state, item);
      return;
    }
    const text = stringValueOf(content);
    this.validateString(text);
    state.text = (state.text ?? '') + text;
  }

  #flushText(state: { previous: XNode | null; text: string | null }): void {
    const text = state.text;
    if (text === null) return;
    state.text = null;
    if (this.childNodes.length === 0 && !this.emptyText) {
      if (text.length === 0) {
        this.emptyText = true;
        return;
      }
    } else if (text.length === 0) {
      return;
    }
    const previous = state.previous;
    if (previous !== null && previous.NodeType === XmlNodeType.Text) {
      const node = previous as XText;
      node.Value = node.Value + text;
      return;
    }
    this.#insertNode(state, new XText(text));
  }

  #insertNode(state: { previous: XNode | null }, content: XNode): void {
    let node = content;
    if (node.parent !== null) {
      node = node.cloneNode();
    } else {
      let root: XNode = this;
      while (root.parent !== null) root = root.parent;
      if (node === root) node = node.cloneNode();
    }
    this.validateNode(node, state.previous);
    const index = state.previous === null ? 0 : this.childNodes.indexOf(state.previous) + 1;
    this.childNodes.splice(index, 0, node);
    this.emptyText = false;
    node.parent = this;
    state.previous = node;
  }
}

/** The descendant nodes of `container` in document order (`self` too when asked). */
export function* descendantNodes(container: XContainer, includeSelf: boolean): Generator<XNode> {
  if (includeSelf) yield container;
  for (const node of [...container.childNodes]) {
    yield node;
    if (node instanceof XContainer) yield* descendantNodes(node, false);
  }
}

function isAttribute(value: unknown): value is XAttribute {
  return value instanceof Object && (value as { NodeType?: unknown }).NodeType === XmlNodeType.Attribute;
}

/** Content that .NET enumerates (`IEnumerable`): arrays, lists, LINQ sequences; not strings. */
function isContentSequence(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.iterator in value;
}

/** The items of content, read before the tree changes. */
function snapshot(content: unknown): unknown[] {
  if (isContentSequence(content)) return [...content];
  return [content];
}
