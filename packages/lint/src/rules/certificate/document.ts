import type { CheckedExpression, ElementNode, PolicyDocument } from '@apim-policy/engine';
import type { RuleContext } from '../../types.js';

/** The checked expressions of each element (its attributes' and its text's), in document order. */
export function expressionsByElement(
  expressions: readonly CheckedExpression[],
): ReadonlyMap<ElementNode, readonly CheckedExpression[]> {
  const byElement = new Map<ElementNode, CheckedExpression[]>();
  for (const expression of expressions) {
    const list = byElement.get(expression.site.element);
    if (list === undefined) byElement.set(expression.site.element, [expression]);
    else list.push(expression);
  }
  return byElement;
}

/** The child elements of an element, comments and text left out. */
export function childElements(element: ElementNode): ElementNode[] {
  return element.children.filter((child): child is ElementNode => child.type === 'Element');
}

/** The value of an attribute as written (named values substituted), or undefined. */
export function attributeValue(element: ElementNode, name: string): string | undefined {
  return element.attributes.find((attribute) => attribute.name === name)?.value;
}

/** A boolean attribute: its value, `undefined` when absent, `null` when not a plain `true`/`false`. */
export function booleanAttribute(element: ElementNode, name: string): boolean | undefined | null {
  const attribute = element.attributes.find((candidate) => candidate.name === name);
  if (attribute === undefined) return undefined;
  const value = attribute.value.trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  return null;
}

/** Every element of the document, depth first in document order. */
export function allElements(document: PolicyDocument): ElementNode[] {
  const found: ElementNode[] = [];
  const visit = (element: ElementNode): void => {
    found.push(element);
    for (const child of childElements(element)) visit(child);
  };
  if (document.root !== null) visit(document.root);
  else for (const policy of document.policies) visit(policy);
  return found;
}

/** The `condition` expression of a `when`. */
export function conditionOf(
  when: ElementNode,
  byElement: ReadonlyMap<ElementNode, readonly CheckedExpression[]>,
): CheckedExpression | undefined {
  return byElement.get(when)?.find((expression) => expression.site.attribute?.name === 'condition');
}

/**
 * Whether a branch rejects the request: it ends with a `return-response` whose `set-status`
 * has a literal code of 400 or more.
 */
export function rejects(branch: ElementNode): boolean {
  const children = childElements(branch);
  const last = children[children.length - 1];
  if (last === undefined || last.name !== 'return-response') return false;
  const status = childElements(last).find((child) => child.name === 'set-status');
  const code = status === undefined ? undefined : attributeValue(status, 'code');
  return code !== undefined && /^\s*[45]\d\d\s*$/.test(code);
}

/** The sections of a `<policies>` document in the order a request runs them, `on-error` last. */
export function sectionsInOrder(context: RuleContext): ElementNode[] {
  const { sections } = context.document;
  return [sections.inbound, sections.backend, sections.outbound, sections['on-error']].filter(
    (section): section is ElementNode => section !== undefined,
  );
}
