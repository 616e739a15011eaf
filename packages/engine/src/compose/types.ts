import type { Scope, Section } from '../catalog/types.js';
import type { ElementNode, PolicyDocument } from '../document/model.js';

/** A policy document attached at a scope. */
export interface ScopedDocument {
  readonly scope: Scope;
  readonly document: PolicyDocument;
}

/**
 * Where a policy of the effective policy comes from: its document and scope, the section it runs
 * in, and its path in that section (`choose[1]/when[2]/set-variable[1]`, 1-based per element name,
 * as `context.LastError.Path` gives it). Policies inlined from a fragment carry its id, and their
 * path continues the `include-fragment` element's.
 */
export interface Origin {
  readonly scope: Scope;
  readonly section: Section;
  readonly document: PolicyDocument;
  readonly path: string;
  readonly fragment: string | null;
}

/** A policy element of the effective policy with its origin. */
export interface PlacedElement {
  readonly element: ElementNode;
  readonly origin: Origin;
}

/** Fragment documents by id (`include-fragment fragment-id`). */
export type FragmentLookup = (id: string) => PolicyDocument | undefined;
