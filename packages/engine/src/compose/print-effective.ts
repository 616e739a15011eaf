import type { Section } from '../catalog/types.js';
import { SECTIONS } from '../catalog/types.js';
import type { ContentNode, ElementNode } from '../document/model.js';
import type { ComposeOptions } from './compose.js';
import { composeSection } from './compose.js';
import type { Origin, PlacedElement, ScopedDocument } from './types.js';

const INDENT = '  ';

function hasFragment(element: ElementNode): boolean {
  return element.children.some(
    (child) => child.type === 'Element' && (child.name === 'include-fragment' || hasFragment(child)),
  );
}

/** An element's text as written, its continuation lines moved to `indent`. */
function reindent(text: string, column: number, indent: string): string {
  return text
    .split('\n')
    .map((line, index) => {
      if (index === 0) return indent + line;
      const leading = /^[ \t]*/.exec(line)?.[0].length ?? 0;
      return indent + line.slice(Math.min(leading, column));
    })
    .join('\n');
}

function label(origin: Origin): string {
  const file = origin.document.file === undefined ? '' : ` (${origin.document.file})`;
  return origin.fragment === null ? `${origin.scope}${file}` : `fragment ${origin.fragment}${file}`;
}

/**
 * Prints the effective policy, as the gateway runs it, as one document: each section with `<base/>`
 * replaced by the parent scope's policies and `include-fragment` by the fragment's, a comment
 * naming where each run of policies comes from. Policies keep their text as written.
 */
export function printEffectivePolicy(documents: readonly ScopedDocument[], options: ComposeOptions): string {
  const lines = ['<policies>'];
  for (const section of SECTIONS) {
    const composed = composeSection(documents, section, options, []);
    lines.push(...printSection(section, composed.policies, options));
  }
  lines.push('</policies>');
  return `${lines.join('\n')}\n`;
}

function printSection(
  section: Section,
  policies: readonly PlacedElement[],
  options: ComposeOptions,
): string[] {
  if (policies.length === 0) return [`${INDENT}<${section} />`];
  const lines = [`${INDENT}<${section}>`];
  let previous: string | null = null;
  for (const placed of policies) {
    const from = label(placed.origin);
    if (from !== previous) lines.push(`${INDENT}${INDENT}<!-- ${from} -->`);
    previous = from;
    lines.push(printElement(placed, INDENT.repeat(2), options));
  }
  lines.push(`${INDENT}</${section}>`);
  return lines;
}

function printElement(placed: PlacedElement, indent: string, options: ComposeOptions): string {
  const { element, origin } = placed;
  const text = origin.document.text;
  if (!hasFragment(element))
    return reindent(text.slice(element.range[0], element.range[1]), element.loc.start.column, indent);
  // Rebuild the element around the fragments it includes.
  const start = text.slice(element.startTagRange[0], element.startTagRange[1]);
  const inner: string[] = [];
  for (const child of element.children) inner.push(...printChild(child, origin, indent + INDENT, options));
  return [indent + start, ...inner, `${indent}</${element.name}>`].join('\n');
}

function printChild(child: ContentNode, origin: Origin, indent: string, options: ComposeOptions): string[] {
  if (child.type !== 'Element') {
    const raw = origin.document.text.slice(child.range[0], child.range[1]).trim();
    return raw === '' ? [] : [indent + raw];
  }
  if (child.name !== 'include-fragment') return [printElement({ element: child, origin }, indent, options)];
  const id = child.attributes.find((attribute) => attribute.name === 'fragment-id')?.value ?? '';
  const fragment = options.fragments(id);
  if (fragment === undefined) return [`${indent}<!-- unknown fragment ${id} -->`];
  const fragmentOrigin: Origin = { ...origin, document: fragment, fragment: id };
  const lines = [`${indent}<!-- fragment ${id} -->`];
  for (const node of fragment.root?.children ?? fragment.children)
    if (node.type === 'Element')
      lines.push(printElement({ element: node, origin: fragmentOrigin }, indent, options));
  return lines;
}
