/**
 * The shape of the policy catalog: one declarative entry per API Management policy, saying which
 * attributes and child elements it takes, where it may stand (sections and scopes) and whether this
 * engine can execute it. Validation (`validate-element.ts`) reads only this data.
 */

/** The sections of a `<policies>` document, in execution order. */
export type Section = 'inbound' | 'backend' | 'outbound' | 'on-error';

/** The scopes a policy document can be attached to, broadest first. */
export type Scope = 'global' | 'workspace' | 'product' | 'api' | 'operation';

export const SECTIONS: readonly Section[] = ['inbound', 'backend', 'outbound', 'on-error'];
export const SCOPES: readonly Scope[] = ['global', 'workspace', 'product', 'api', 'operation'];

/** What a literal (non-expression) attribute value must look like. */
export type AttributeType =
  | { readonly kind: 'string' }
  /** A whole number; `min` where the schema restricts it (`positiveInteger` = 1). */
  | { readonly kind: 'int'; readonly min?: number }
  /** Any decimal number. */
  | { readonly kind: 'number' }
  /** `true` or `false`, case-insensitive as .NET's `bool.Parse`. */
  | { readonly kind: 'bool' }
  /** One of `values`, compared case-insensitively as .NET's enum parsing. */
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  /** An ISO 8601 date and time. */
  | { readonly kind: 'datetime' };

export interface AttributeSpec {
  readonly name: string;
  readonly type: AttributeType;
  /** Whether a policy expression (`@(...)`/`@{...}`) may stand as the value. */
  readonly expressions: boolean;
  readonly required?: boolean;
  /** The value API Management assumes when the attribute is absent. */
  readonly default?: string;
}

/** What may stand between an element's tags besides text. */
export type ChildrenSpec =
  /** The listed elements only. */
  | { readonly kind: 'elements'; readonly elements: readonly ChildSpec[] }
  /** Policy statements, as in a section (`when`, `retry`); `only` narrows them to a list. */
  | { readonly kind: 'policies'; readonly only?: readonly string[] }
  /** Payload that is not validated (`set-body` templates, SOAP envelopes). */
  | { readonly kind: 'any' };

/** An element: a policy or a configuration element inside one. */
export interface ElementSpec {
  readonly name: string;
  readonly attributes: readonly AttributeSpec[];
  /** Whether the element may hold text (a literal, or an expression where the policy evaluates it). */
  readonly text?: boolean;
  /** Absent: the element takes no child elements. */
  readonly children?: ChildrenSpec;
}

/** How often a child element may occur. */
export interface Occurrence {
  readonly required?: boolean;
  readonly multiple?: boolean;
}

/**
 * A child element: either described in place, or a reference to a whole policy of the same name
 * (`<http-request>` in `http-data-source` takes `<set-header>` as the policy).
 */
export type ChildSpec =
  | (ElementSpec & Occurrence)
  | ({ readonly name: string; readonly policy: true } & Occurrence);

/** Where an entry's data comes from, for attribution and review. */
export type SpecSource =
  /** `shared/reference/policy-schemas/<file>` (MIT, Microsoft), adjusted by the documentation. */
  | { readonly schema: string }
  /** Written from the policy's documentation, no schema ships for it. */
  | { readonly documentation: string };

/** One API Management policy. */
export interface PolicySpec extends ElementSpec {
  /** Sections the policy may stand in. */
  readonly sections: readonly Section[];
  /** Scopes whose documents may contain it. */
  readonly scopes: readonly Scope[];
  /** Whether this engine executes it (otherwise strict mode reports it, lenient mode skips it). */
  readonly executable: boolean;
  readonly source: SpecSource;
}
