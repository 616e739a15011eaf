/**
 * The nodes the XML reader reports, as `XmlReader` does: what LINQ to XML builds its tree from.
 */

/** An attribute of a start tag, namespace declarations included. */
export interface ReaderAttribute {
  readonly prefix: string;
  readonly localName: string;
  /** The namespace the prefix maps to (`http://www.w3.org/2000/xmlns/` for declarations). */
  ns: string;
  value: string;
  readonly lineNo: number;
  readonly linePos: number;
}

export type ReaderNode =
  | {
      readonly type: 'Element';
      readonly prefix: string;
      readonly localName: string;
      readonly ns: string;
      readonly attributes: readonly ReaderAttribute[];
      readonly isEmpty: boolean;
    }
  | { readonly type: 'EndElement' }
  | {
      readonly type: 'Text' | 'Whitespace' | 'SignificantWhitespace' | 'CDATA' | 'Comment';
      readonly value: string;
    }
  | { readonly type: 'ProcessingInstruction'; readonly name: string; readonly value: string }
  | {
      readonly type: 'XmlDeclaration';
      readonly version: string | null;
      readonly encoding: string | null;
      readonly standalone: string | null;
    }
  | {
      readonly type: 'DocumentType';
      readonly name: string;
      readonly publicId: string | null;
      readonly systemId: string | null;
      readonly internalSubset: string;
    };

/** A general entity declared in the internal DTD subset. */
export interface EntityDeclaration {
  readonly name: string;
  /** The replacement text of an internal entity; null for an external one. */
  readonly text: string | null;
  /** External entities with `NDATA` are unparsed: referring to them is an error. */
  readonly unparsed: boolean;
  /** Where the replacement text starts in the document, for positions inside the entity. */
  readonly lineNo: number;
  readonly linePos: number;
}
