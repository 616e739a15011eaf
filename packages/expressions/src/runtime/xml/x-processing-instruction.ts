import { argument } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import { verifyNCName } from './names.js';
import { required, XNode } from './x-node.js';
import { LinqRes } from './xml-errors.js';
import { formatRes } from './xml-exception.js';
import { XmlNodeType } from './xml-node-type.js';
import { writeNode } from './xml-writer.js';

/** The target must be a name (`XmlConvert.VerifyName`) other than `xml` in any case. */
function validateTarget(target: string | null): string {
  const name = required(target, 'target');
  verifyNCName(name);
  if (name.toLowerCase() === 'xml') throw argument(formatRes(LinqRes.InvalidPIName, [name]));
  return name;
}

/** `System.Xml.Linq.XProcessingInstruction`: `<?target data?>`. */
export class XProcessingInstruction extends XNode {
  static readonly [DOTNET_TYPE] = 'System.Xml.Linq.XProcessingInstruction';
  #target: string;
  #data: string;

  constructor(target: string | null, data: string | null) {
    super();
    this.#target = validateTarget(target);
    this.#data = required(data, 'data');
  }

  /** `new XProcessingInstruction(XProcessingInstruction other)`. */
  static copyOf(other: XProcessingInstruction | null): XProcessingInstruction {
    const source = required(other, 'other');
    return new XProcessingInstruction(source.Target, source.Data);
  }

  get NodeType(): number {
    return XmlNodeType.ProcessingInstruction;
  }

  get Target(): string {
    return this.#target;
  }

  set Target(value: string | null) {
    this.#target = validateTarget(value);
  }

  get Data(): string {
    return this.#data;
  }

  set Data(value: string | null) {
    this.#data = required(value, 'value');
  }

  cloneNode(): XNode {
    return new XProcessingInstruction(this.#target, this.#data);
  }

  deepEquals(other: XNode): boolean {
    return (
      other instanceof XProcessingInstruction && other.Target === this.#target && other.Data === this.#data
    );
  }

  ToString(): string {
    return writeNode(this, 0);
  }

  ToStringWith(options: number): string {
    return writeNode(this, options);
  }
}
