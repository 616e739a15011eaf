import { checkExpression, type Diagnostic } from '@apim-policy/expressions';
import type { ContentNode, ElementNode, ReadResult } from './model.js';

const at = (node: { range: readonly [number, number]; loc: ElementNode['loc'] }) =>
  `[${node.range[0]}, ${node.range[1]}) ${node.loc.start.line}:${node.loc.start.column}-${node.loc.end.line}:${node.loc.end.column}`;
const quote = (text: string) => JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}...` : text);
const diagnostic = (d: Diagnostic) =>
  `${d.severity} ${d.code} ${d.loc.start.line}:${d.loc.start.column}-${d.loc.end.line}:${d.loc.end.column}: ${d.message}`;

/**
 * A readable outline of a read document, for the fixture snapshots: the shape, every node with
 * its range and location, every expression with the diagnostics `checkExpression` gives through
 * its mapper, and the document's diagnostics.
 */
export function printRead(result: ReadResult): string {
  const out: string[] = [];
  const { document } = result;
  out.push(`kind: ${document.kind}`);
  if (document.kind === 'policies') out.push(`sections: ${Object.keys(document.sections).join(', ')}`);
  else out.push(`policies: ${document.policies.map((p) => p.name).join(', ')}`);
  const visit = (node: ContentNode, depth: number) => {
    const pad = '  '.repeat(depth);
    switch (node.type) {
      case 'Element':
        out.push(`${pad}Element <${node.name}> ${at(node)}${node.selfClosing ? ' self-closing' : ''}`);
        for (const a of node.attributes)
          out.push(
            `${pad}  @${a.name} ${at(a)} value=${quote(a.value)}${a.expression === null ? '' : ` expression ${at(a.expression)}`}`,
          );
        for (const child of node.children) visit(child, depth + 1);
        return;
      case 'Text':
      case 'CData':
        out.push(
          `${pad}${node.type} ${at(node)} ${quote(node.value)}${node.expression === null ? '' : ` expression ${at(node.expression)}`}`,
        );
        return;
      case 'Payload':
        out.push(`${pad}Payload ${at(node)} ${quote(node.value)}`);
        return;
      case 'Comment':
        out.push(`${pad}Comment ${at(node)} ${quote(node.value)}`);
        return;
      case 'Declaration':
        out.push(`${pad}Declaration ${at(node)} ${quote(node.raw)}`);
        return;
    }
  };
  for (const node of document.children) visit(node, 0);
  out.push('expressions:');
  for (const site of document.expressions) {
    const where =
      site.attribute === null
        ? `<${site.element.name}> content`
        : `<${site.element.name}> @${site.attribute.name}`;
    out.push(`  ${where} ${at(site.expression)} ${site.expression.form} ${quote(site.expression.text)}`);
    for (const d of checkExpression(site.expression.text, { mapper: site.expression.mapper }).diagnostics)
      out.push(`    ${diagnostic(d)}`);
  }
  out.push('diagnostics:');
  for (const d of result.diagnostics) out.push(`  ${diagnostic(d)}`);
  return `${out.join('\n')}\n`;
}
