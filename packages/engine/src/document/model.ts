import type { Diagnostic, LineMap, PositionMapper, Range, SourceLocation } from '@apim-policy/expressions';

/**
 * The document model of a policy file. Every node keeps where it stands in the file: `range`
 * holds UTF-16 offsets `[start, end)`, `loc` 1-based lines and 0-based columns, as the nodes of
 * `@apim-policy/expressions` do.
 */
export interface Located {
  readonly range: Range;
  readonly loc: SourceLocation;
}

/**
 * A policy expression (`@(...)` or `@{...}`) standing as a whole attribute value or element
 * content. `text` is what the C# parser reads: XML references decoded and named values
 * substituted. `mapper` maps offsets of `text` back to the file, for `checkExpression(text, { mapper })`.
 */
export interface ExpressionSource extends Located {
  readonly text: string;
  readonly form: 'expression' | 'block';
  readonly mapper: PositionMapper;
}

/** An attribute as written: its name, its value decoded and substituted, and both ranges. */
export interface AttributeNode extends Located {
  readonly type: 'Attribute';
  readonly name: string;
  readonly nameRange: Range;
  /** The value with XML references decoded and named values substituted. */
  readonly value: string;
  /** The value as it stands in the file, between the quotes. */
  readonly rawValue: string;
  /** The value's range in the file, quotes excluded. */
  readonly valueRange: Range;
  readonly quote: '"' | "'";
  /** The expression when the whole (trimmed) value is one, else null. */
  readonly expression: ExpressionSource | null;
}

/** Character data between tags, references decoded and named values substituted. */
export interface TextNode extends Located {
  readonly type: 'Text';
  readonly value: string;
  readonly raw: string;
  /** The expression when the whole (trimmed) text is one, else null. */
  readonly expression: ExpressionSource | null;
}

/** A `<![CDATA[...]]>` section; `value` is its content with named values substituted. */
export interface CDataNode extends Located {
  readonly type: 'CData';
  readonly value: string;
  readonly raw: string;
  readonly expression: ExpressionSource | null;
}

/** A comment, kept so that a printer can reproduce the document. */
export interface CommentNode extends Located {
  readonly type: 'Comment';
  /** The text between `<!--` and `-->`. */
  readonly value: string;
}

/** `<?xml ...?>` and other processing instructions, or a `<!DOCTYPE ...>` declaration. */
export interface DeclarationNode extends Located {
  readonly type: 'Declaration';
  readonly raw: string;
}

/**
 * Content of `<set-body>` that is not a single expression: a SOAP envelope, a Liquid template,
 * any markup. It stays text: `raw` as written, `value` with named values substituted (Liquid
 * templates excepted, whose `{{...}}` are Liquid's own).
 */
export interface PayloadNode extends Located {
  readonly type: 'Payload';
  readonly raw: string;
  readonly value: string;
}

/** An element with its attributes and children in document order. */
export interface ElementNode extends Located {
  readonly type: 'Element';
  readonly name: string;
  readonly nameRange: Range;
  readonly attributes: readonly AttributeNode[];
  readonly children: readonly ContentNode[];
  /** `<name/>`. */
  readonly selfClosing: boolean;
  /** Range of the start tag, `<` to `>`. */
  readonly startTagRange: Range;
}

export type ContentNode = ElementNode | TextNode | CDataNode | CommentNode | DeclarationNode | PayloadNode;
export type DocumentNode = ContentNode | AttributeNode;

/** The four sections of a `<policies>` document. */
export type SectionName = 'inbound' | 'backend' | 'outbound' | 'on-error';
export const SECTION_NAMES: readonly SectionName[] = ['inbound', 'backend', 'outbound', 'on-error'];

/** Where an expression of the document stands. */
export interface ExpressionSite {
  readonly expression: ExpressionSource;
  readonly element: ElementNode;
  /** The attribute holding it, or null for element content. */
  readonly attribute: AttributeNode | null;
}

/**
 * A policy file read: `kind` says which root it has. `policies` has its sections; `fragment` and
 * `snippet` (bare policy elements) have `policies`, the policy elements in order.
 */
export interface PolicyDocument {
  readonly kind: 'policies' | 'fragment' | 'snippet';
  readonly file: string | undefined;
  readonly text: string;
  /** Lines and columns of `text`'s offsets, for diagnostics of tools that read the document. */
  readonly lines: LineMap;
  /** Top-level nodes: the root element, comments, declarations; every element for a snippet. */
  readonly children: readonly ContentNode[];
  /** The `<policies>` or `<fragment>` element; null for a snippet. */
  readonly root: ElementNode | null;
  /** The sections of a `<policies>` document (first of each name). */
  readonly sections: Readonly<Partial<Record<SectionName, ElementNode>>>;
  /** The policy elements of a fragment or snippet. */
  readonly policies: readonly ElementNode[];
  /** Every expression, in document order. */
  readonly expressions: readonly ExpressionSite[];
}

export interface ReadResult {
  readonly document: PolicyDocument;
  readonly diagnostics: readonly Diagnostic[];
}
