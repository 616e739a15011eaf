import { DOTNET_TYPE } from '../values.js';
import { identityHash, required } from './x-node.js';

/**
 * `System.Xml.Linq.XDeclaration`: the XML declaration of a document. It is not a node; its
 * `ToString()` writes only the parts that are not null.
 */
export class XDeclaration {
  static readonly [DOTNET_TYPE] = 'System.Xml.Linq.XDeclaration';

  constructor(
    public Version: string | null,
    public Encoding: string | null,
    public Standalone: string | null,
  ) {}

  /** `new XDeclaration(XDeclaration other)`. */
  static copyOf(other: XDeclaration | null): XDeclaration {
    const source = required(other, 'other');
    return new XDeclaration(source.Version, source.Encoding, source.Standalone);
  }

  ToString(): string {
    let text = '<?xml';
    if (this.Version !== null) text += ` version="${this.Version}"`;
    if (this.Encoding !== null) text += ` encoding="${this.Encoding}"`;
    if (this.Standalone !== null) text += ` standalone="${this.Standalone}"`;
    return `${text}?>`;
  }

  Equals(other: unknown): boolean {
    return this === other;
  }

  GetHashCode(): number {
    return identityHash(this);
  }
}
