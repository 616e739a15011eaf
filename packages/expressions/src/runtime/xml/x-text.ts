import { DOTNET_TYPE } from '../values.js';
import { required, XNode } from './x-node.js';
import { XmlNodeType } from './xml-node-type.js';
import { writeNode } from './xml-writer.js';

/** `System.Xml.Linq.XText`: a text node. */
export class XText extends XNode {
  static readonly [DOTNET_TYPE]: string = 'System.Xml.Linq.XText';
  #value: string;

  constructor(value: string | null) {
    super();
    this.#value = required(value, 'value');
  }

  /** `new XText(XText other)`. */
  static copyOf(other: XText | null): XText {
    return new XText(required(other, 'other').Value);
  }

  get NodeType(): number {
    return XmlNodeType.Text;
  }

  get Value(): string {
    return this.#value;
  }

  set Value(value: string | null) {
    this.#value = required(value, 'value');
  }

  override appendText(parts: string[]): void {
    parts.push(this.#value);
  }

  cloneNode(): XNode {
    return new XText(this.#value);
  }

  deepEquals(other: XNode): boolean {
    return other.NodeType === this.NodeType && (other as XText).Value === this.#value;
  }

  ToString(): string {
    return writeNode(this, 0);
  }

  /** `ToString(SaveOptions options)`. */
  ToStringWith(options: number): string {
    return writeNode(this, options);
  }
}

/** `System.Xml.Linq.XCData`: a CDATA section, a text node written as `<![CDATA[...]]>`. */
export class XCData extends XText {
  static override readonly [DOTNET_TYPE]: string = 'System.Xml.Linq.XCData';

  /** `new XCData(XCData other)`. */
  static override copyOf(other: XCData | null): XCData {
    return new XCData(required(other, 'other').Value);
  }

  override get NodeType(): number {
    return XmlNodeType.CDATA;
  }

  override cloneNode(): XNode {
    return new XCData(this.Value);
  }
}
