import type { Diagnostic } from '@apim-policy/expressions';
import { SECTIONS, type Section } from '../catalog/types.js';
import type { ContentNode, ElementNode, PolicyDocument } from '../document/model.js';
import { compositionDiagnostic } from './messages.js';
import type { FragmentLookup, Origin, PlacedElement, ScopedDocument } from './types.js';

/** How a document without a given section is treated. */
export type MissingSection =
  /** As `<section><base/></section>`: the parent's section applies (default). */
  | 'inherit'
  /** As an empty section: the parent's section is skipped. */
  | 'empty';

export interface ComposeOptions {
  readonly fragments: FragmentLookup;
  readonly missingSection?: MissingSection;
  /** How an unknown fragment id is reported: `error` (default) or `warning` (checking without the fragments). */
  readonly unknownFragment?: 'error' | 'warning';
}

/** The policies of one section of the effective policy, in execution order, and what went wrong. */
export interface ComposedSection {
  readonly section: Section;
  readonly policies: readonly PlacedElement[];
}

/**
 * Child elements of `parent` (a section, `when`, `otherwise`, ...) placed under `origin`'s path,
 * with `include-fragment` replaced by the fragment's policies. `<base/>` is kept as it is: only
 * `composeSection` gives it meaning.
 */
export function placeChildren(
  children: readonly ContentNode[],
  parent: Omit<Origin, 'path'> & { readonly path: string },
  options: ComposeOptions,
  diagnostics: Diagnostic[],
): PlacedElement[] {
  const placed: PlacedElement[] = [];
  const counts = new Map<string, number>();
  for (const child of children) {
    if (child.type !== 'Element') continue;
    const index = (counts.get(child.name) ?? 0) + 1;
    counts.set(child.name, index);
    const path = parent.path === '' ? `${child.name}[${index}]` : `${parent.path}/${child.name}[${index}]`;
    const origin: Origin = { ...parent, path };
    if (child.name === 'include-fragment') {
      placed.push(...includeFragment(child, origin, options, diagnostics));
    } else {
      placed.push({ element: child, origin });
    }
  }
  return placed;
}

function attributeValue(element: ElementNode, name: string): string | undefined {
  return element.attributes.find((attribute) => attribute.name === name)?.value;
}

function includeFragment(
  element: ElementNode,
  origin: Origin,
  options: ComposeOptions,
  diagnostics: Diagnostic[],
): PlacedElement[] {
  const id = attributeValue(element, 'fragment-id');
  // A missing fragment-id is the catalog's to report (missing-required-attribute).
  if (id === undefined) return [];
  if (origin.fragment !== null) {
    diagnostics.push(
      compositionDiagnostic('fragment-includes-fragment', element, { id: origin.fragment, included: id }),
    );
    return [];
  }
  const fragment = options.fragments(id);
  if (fragment === undefined) {
    const diagnostic = compositionDiagnostic('unknown-fragment', element, { id });
    diagnostics.push(
      options.unknownFragment === 'warning' ? { ...diagnostic, severity: 'warning' } : diagnostic,
    );
    return [];
  }
  if (fragment.kind !== 'fragment' && fragment.kind !== 'snippet') {
    diagnostics.push(
      compositionDiagnostic('fragment-not-a-fragment', element, { id, root: fragment.root?.name ?? '?' }),
    );
    return [];
  }
  return placeChildren(
    fragment.root?.children ?? fragment.children,
    { scope: origin.scope, section: origin.section, document: fragment, path: origin.path, fragment: id },
    options,
    diagnostics,
  );
}

function isSection(name: string): boolean {
  return (SECTIONS as readonly string[]).includes(name);
}

function sectionOf(document: PolicyDocument, section: Section): ElementNode | undefined {
  return document.sections[section];
}

/**
 * The effective policy of one section: start from the narrowest document and replace `<base/>`
 * with the next broader document's same section, recursively. A document without the section
 * inherits or skips the parent's, as `missingSection` says.
 */
export function composeSection(
  documents: readonly ScopedDocument[],
  section: Section,
  options: ComposeOptions,
  diagnostics: Diagnostic[],
): ComposedSection {
  return { section, policies: expand(documents.length - 1) };

  function expand(level: number): PlacedElement[] {
    if (level < 0) return [];
    const scoped = documents[level] as ScopedDocument;
    const { document } = scoped;
    // A bare section (`<inbound>...</inbound>`, as excerpts show it) stands for that section.
    const bare =
      document.kind === 'policies'
        ? undefined
        : document.policies.find((element) => element.name === section);
    const bareSections =
      document.kind !== 'policies' && document.policies.some((element) => isSection(element.name));
    if (document.kind !== 'policies' && !bareSections) {
      // A fragment or a bare snippet under test stands for the inbound section only.
      if (section !== 'inbound') return expand(level - 1);
      return placeChildren(
        document.root?.children ?? document.children,
        { scope: scoped.scope, section, document, path: '', fragment: null },
        options,
        diagnostics,
      );
    }
    const element = bare ?? sectionOf(document, section);
    if (element === undefined) return options.missingSection === 'empty' ? [] : expand(level - 1);
    const placed = placeChildren(
      element.children,
      { scope: scoped.scope, section, document, path: '', fragment: null },
      options,
      diagnostics,
    );
    const result: PlacedElement[] = [];
    for (const item of placed) {
      if (item.element.name === 'base') result.push(...expand(level - 1));
      else result.push(item);
    }
    return result;
  }
}
