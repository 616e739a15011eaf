import type { Diagnostic } from '@apim-policy/expressions';
import { closestName, getPolicySpec, suggestPolicy } from './catalog.js';
import type { CatalogAttribute, CatalogElement } from './element.js';
import { report } from './report.js';
import type { ChildSpec, ElementSpec, PolicySpec, Scope, Section } from './types.js';
import { checkLiteral, hasPlaceholder } from './values.js';

/** Where the validated element stands. Absent fields are not checked. */
export interface ValidationOptions {
  /** The section the element stands in (absent for a fragment validated on its own). */
  readonly section?: Section;
  /** The scope of the document (absent when unknown). */
  readonly scope?: Scope;
  /**
   * Treat deployment-tool placeholders (`${name}`, `%{...}`, `#{name}#`, `__NAME__`, `{name}`) as
   * text filled in later: values and text holding one are not checked. Default false: API
   * Management itself would read them literally.
   */
  readonly templatePlaceholders?: boolean;
}

/** The walk's view of where it is: the caller's options, and whether inside a fragment. */
export interface WalkContext extends ValidationOptions {
  readonly inFragment: boolean;
}

/** What holds a list of policy statements, for the rules on `<base/>`. */
export type StatementContainer =
  | { readonly kind: 'section'; readonly section: Section }
  | { readonly kind: 'element'; readonly name: string; readonly only?: readonly string[] }
  | { readonly kind: 'fragment' };

const SECTION_NAMES: ReadonlySet<string> = new Set(['inbound', 'backend', 'outbound', 'on-error']);
const BASE: ElementSpec = { name: 'base', attributes: [] };

/**
 * Validates one policy element (and everything inside it) against the catalog: that the policy
 * exists, may stand in `options.section` at `options.scope`, and that its attributes, text and
 * child elements are those the catalog describes. Never throws; returns diagnostics in document
 * order of the elements they concern.
 */
export function validateElement(element: CatalogElement, options: ValidationOptions = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  validatePolicy(element, { ...options, inFragment: false }, true, diagnostics);
  return diagnostics;
}

/**
 * Validates a list of policy statements: a section's content, a `<when>` body, a fragment. Reports
 * `<base/>` where it may not stand; `<base/>` directly in a section is left to the caller, which
 * knows the scope.
 */
export function validateStatements(
  statements: readonly CatalogElement[],
  context: WalkContext,
  container: StatementContainer,
  diagnostics: Diagnostic[],
): void {
  for (const statement of statements) {
    if (statement.name === 'base') {
      if (context.inFragment) diagnostics.push(report('base-in-fragment', statement, {}));
      else if (container.kind === 'element')
        diagnostics.push(report('base-outside-section', statement, { parent: container.name }));
      validateContent(statement, BASE, context, false, diagnostics);
      continue;
    }
    if (container.kind === 'fragment' && SECTION_NAMES.has(statement.name)) {
      diagnostics.push(report('section-in-fragment', statement, { name: statement.name }));
      continue;
    }
    if (container.kind === 'element' && container.only && !container.only.includes(statement.name)) {
      diagnostics.push(
        report('unknown-child-element', statement, {
          child: statement.name,
          element: container.name,
          allowed: allowedList(container.only),
        }),
      );
      continue;
    }
    if (context.inFragment && statement.name === 'include-fragment')
      diagnostics.push(report('fragment-in-fragment', statement, {}));
    validatePolicy(statement, context, true, diagnostics);
  }
}

/** Checks a policy element; `placement` is false for policies nested as configuration. */
function validatePolicy(
  element: CatalogElement,
  context: WalkContext,
  placement: boolean,
  diagnostics: Diagnostic[],
): void {
  const spec = getPolicySpec(element.name);
  if (spec === undefined) {
    const suggestion = suggestPolicy(element.name);
    diagnostics.push(
      report('unknown-policy', element, {
        name: element.name,
        suggestion: suggestion === undefined ? '' : `; did you mean '<${suggestion}>'?`,
      }),
    );
    return;
  }
  if (placement) checkPlacement(element, spec, context, diagnostics);
  validateContent(element, spec, context, true, diagnostics);
}

function checkPlacement(
  element: CatalogElement,
  spec: PolicySpec,
  context: WalkContext,
  diagnostics: Diagnostic[],
): void {
  if (context.section !== undefined && !spec.sections.includes(context.section))
    diagnostics.push(
      report('policy-not-allowed-in-section', element, {
        name: spec.name,
        section: context.section,
        allowed: spec.sections.join(', '),
      }),
    );
  if (context.scope !== undefined && !spec.scopes.includes(context.scope))
    diagnostics.push(
      report('policy-not-allowed-in-scope', element, {
        name: spec.name,
        scope: context.scope,
        allowed: spec.scopes.join(', '),
      }),
    );
}

/** Attributes, text and children of an element against its spec. */
function validateContent(
  element: CatalogElement,
  spec: ElementSpec,
  context: WalkContext,
  isPolicy: boolean,
  diagnostics: Diagnostic[],
): void {
  validateAttributes(element, spec, context, isPolicy, diagnostics);
  const templated = validateText(element, spec, context, diagnostics);
  validateChildren(element, spec, context, templated, diagnostics);
}

/** Attributes every policy takes besides its own: `id` names it in `context.LastError.PolicyId`. */
function isUniversal(attribute: CatalogAttribute, isPolicy: boolean): boolean {
  if (isPolicy && attribute.name === 'id') return true;
  // Namespace declarations and namespaced attributes (xmlns, xsi:nil) are XML, not configuration.
  return attribute.name === 'xmlns' || attribute.name.includes(':');
}

function validateAttributes(
  element: CatalogElement,
  spec: ElementSpec,
  context: WalkContext,
  isPolicy: boolean,
  diagnostics: Diagnostic[],
): void {
  const seen = new Set<string>();
  for (const attribute of element.attributes) {
    if (seen.has(attribute.name)) {
      diagnostics.push(
        report('duplicate-attribute', attribute, { attribute: attribute.name, element: spec.name }),
      );
      continue;
    }
    seen.add(attribute.name);
    if (isUniversal(attribute, isPolicy)) continue;
    const attributeSpec = spec.attributes.find((candidate) => candidate.name === attribute.name);
    if (attributeSpec === undefined) {
      const suggestion = closestName(
        attribute.name,
        spec.attributes.map((candidate) => candidate.name),
      );
      diagnostics.push(
        report('unknown-attribute', attribute, {
          attribute: attribute.name,
          element: spec.name,
          suggestion: suggestion === undefined ? '' : `; did you mean '${suggestion}'?`,
        }),
      );
      continue;
    }
    if (attribute.isExpression) {
      if (!attributeSpec.expressions)
        diagnostics.push(
          report('expression-not-allowed-in-attribute', attribute, {
            attribute: attribute.name,
            element: spec.name,
          }),
        );
      continue;
    }
    if (hasPlaceholder(attribute.value, context.templatePlaceholders === true)) continue;
    const expected = checkLiteral(attribute.value, attributeSpec.type);
    if (expected !== null)
      diagnostics.push(
        report('invalid-attribute-value', attribute, {
          value: attribute.value,
          attribute: attribute.name,
          element: spec.name,
          expected,
        }),
      );
  }
  for (const attributeSpec of spec.attributes)
    if (attributeSpec.required && !seen.has(attributeSpec.name))
      diagnostics.push(
        report('missing-required-attribute', element, { element: spec.name, attribute: attributeSpec.name }),
      );
}

/** Checks text runs; returns whether one is a template placeholder (which may stand for elements). */
function validateText(
  element: CatalogElement,
  spec: ElementSpec,
  context: WalkContext,
  diagnostics: Diagnostic[],
): boolean {
  let templated = false;
  if (element.text === undefined || spec.children?.kind === 'any') return templated;
  for (const text of element.text) {
    if (text.value.trim() === '') continue;
    if (hasPlaceholder(text.value, context.templatePlaceholders === true)) {
      templated = true;
      continue;
    }
    if (spec.text !== true) diagnostics.push(report('text-not-allowed', text, { element: spec.name }));
  }
  return templated;
}

function validateChildren(
  element: CatalogElement,
  spec: ElementSpec,
  context: WalkContext,
  templated: boolean,
  diagnostics: Diagnostic[],
): void {
  const children = spec.children;
  if (children === undefined) {
    for (const child of element.children)
      diagnostics.push(
        report('unknown-child-element', child, { child: child.name, element: spec.name, allowed: '' }),
      );
    return;
  }
  if (children.kind === 'any') return;
  if (children.kind === 'policies') {
    const container: StatementContainer =
      children.only === undefined
        ? { kind: 'element', name: spec.name }
        : { kind: 'element', name: spec.name, only: children.only };
    validateStatements(element.children, context, container, diagnostics);
    return;
  }
  const counts = new Map<string, number>();
  for (const child of element.children) {
    const childSpec = children.elements.find((candidate) => candidate.name === child.name);
    if (childSpec === undefined) {
      diagnostics.push(
        report('unknown-child-element', child, {
          child: child.name,
          element: spec.name,
          allowed: allowedList(children.elements.map((candidate) => candidate.name)),
        }),
      );
      continue;
    }
    const count = (counts.get(child.name) ?? 0) + 1;
    counts.set(child.name, count);
    if (count === 2 && !childSpec.multiple)
      diagnostics.push(report('duplicate-child-element', child, { child: child.name, element: spec.name }));
    validateChild(child, childSpec, context, diagnostics);
  }
  if (templated) return;
  for (const childSpec of children.elements)
    if (childSpec.required && !counts.has(childSpec.name))
      diagnostics.push(
        report('missing-required-child-element', element, { element: spec.name, child: childSpec.name }),
      );
}

function validateChild(
  child: CatalogElement,
  childSpec: ChildSpec,
  context: WalkContext,
  diagnostics: Diagnostic[],
): void {
  if ('policy' in childSpec) validatePolicy(child, context, false, diagnostics);
  else validateContent(child, childSpec, context, false, diagnostics);
}

/** The `allowed` part of an unknown-child message. */
function allowedList(names: readonly string[]): string {
  return names.length === 0 ? '' : ` (allowed: ${names.map((name) => `<${name}>`).join(', ')})`;
}
