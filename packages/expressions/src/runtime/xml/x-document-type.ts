import { DOTNET_TYPE } from '../values.js';
import { verifyNCName } from './names.js';
import { required, XNode } from './x-node.js';
import { XmlNodeType } from './xml-node-type.js';
import { writeNode } from './xml-writer.js';

/** `System.Xml.Linq.XDocumentType`: `<!DOCTYPE name PUBLIC "..." "..." [subset]>`. */
export class XDocumentType extends XNode {
  static readonly [DOTNET_TYPE] = 'System.Xml.Linq.XDocumentType';
  #name: string;

  constructor(
    name: string | null,
    public PublicId: string | null,
    public SystemId: string | null,
    public InternalSubset: string | null,
  ) {
    super();
    this.#name = verifyNCName(required(name, 'name'));
  }

  /** `new XDocumentType(XDocumentType other)`. */
  static copyOf(other: XDocumentType | null): XDocumentType {
    const source = required(other, 'other');
    return new XDocumentType(source.Name, source.PublicId, source.SystemId, source.InternalSubset);
  }

  get NodeType(): number {
    return XmlNodeType.DocumentType;
  }

  get Name(): string {
    return this.#name;
  }

  set Name(value: string | null) {
    this.#name = verifyNCName(required(value, 'value'));
  }

  cloneNode(): XNode {
    return new XDocumentType(this.#name, this.PublicId, this.SystemId, this.InternalSubset);
  }

  deepEquals(other: XNode): boolean {
    return (
      other instanceof XDocumentType &&
      other.Name === this.#name &&
      other.PublicId === this.PublicId &&
      other.SystemId === this.SystemId &&
      other.InternalSubset === this.InternalSubset
    );
  }

  ToString(): string {
    return writeNode(this, 0);
  }

  ToStringWith(options: number): string {
    return writeNode(this, options);
  }
}
