import { DOTNET_TYPE } from '../values.js';
import { required, XNode } from './x-node.js';
import { XmlNodeType } from './xml-node-type.js';
import { writeNode } from './xml-writer.js';

/** `System.Xml.Linq.XComment`: `<!--value-->`. */
export class XComment extends XNode {
  static readonly [DOTNET_TYPE] = 'System.Xml.Linq.XComment';
  #value: string;

  constructor(value: string | null) {
    super();
    this.#value = required(value, 'value');
  }

  /** `new XComment(XComment other)`. */
  static copyOf(other: XComment | null): XComment {
    return new XComment(required(other, 'other').Value);
  }

  get NodeType(): number {
    return XmlNodeType.Comment;
  }

  get Value(): string {
    return this.#value;
  }

  set Value(value: string | null) {
    this.#value = required(value, 'value');
  }

  cloneNode(): XNode {
    return new XComment(this.#value);
  }

  deepEquals(other: XNode): boolean {
    return other instanceof XComment && other.Value === this.#value;
  }

  ToString(): string {
    return writeNode(this, 0);
  }

  ToStringWith(options: number): string {
    return writeNode(this, options);
  }
}
