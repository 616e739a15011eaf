import type { LiquidTemplate, Node } from './ast.js';
import { liquidEquals } from './compare.js';
import { evaluate, evaluateCondition, evaluateFiltered, integerValue, RenderScope } from './evaluate.js';
import { isNil, itemsOf, toText } from './values.js';

export interface LiquidRenderOptions {
  /** IANA time zone for `Date` (dates without an offset, `"now"`, epoch numbers). Default `UTC`. */
  readonly timeZone?: string;
  /** The current instant for `Date` on `"now"` and `"today"`, in epoch milliseconds. */
  readonly now?: number;
}

/** How a block's rendering ended: normally, or at a `break` or `continue` for the loop around it. */
type Interrupt = 'break' | 'continue' | null;

function renderNodes(nodes: readonly Node[], scope: RenderScope, out: string[]): Interrupt {
  for (const node of nodes) {
    const interrupt = renderNode(node, scope, out);
    if (interrupt !== null) return interrupt;
  }
  return null;
}

function renderNode(node: Node, scope: RenderScope, out: string[]): Interrupt {
  switch (node.kind) {
    case 'text':
      out.push(node.value);
      return null;
    case 'output':
      out.push(toText(evaluateFiltered(node.value, scope)));
      return null;
    case 'assign':
      scope.assign(node.variable, evaluateFiltered(node.value, scope));
      return null;
    case 'capture': {
      const captured: string[] = [];
      const interrupt = renderNodes(node.body, scope, captured);
      scope.assign(node.variable, captured.join(''));
      return interrupt;
    }
    case 'break':
    case 'continue':
      return node.kind;
    case 'if':
      for (const [i, branch] of node.branches.entries()) {
        const holds = evaluateCondition(branch.condition, scope);
        if ((i === 0 && node.negateFirst) !== holds) return renderNodes(branch.body, scope, out);
      }
      return node.otherwise === null ? null : renderNodes(node.otherwise, scope, out);
    case 'case': {
      // As in Liquid, every matching value renders its block (`when 1, 1` renders twice).
      const subject = evaluate(node.subject, scope);
      let matched = false;
      for (const when of node.whens) {
        for (const value of when.values) {
          if (!liquidEquals(subject, evaluate(value, scope))) continue;
          matched = true;
          const interrupt = renderNodes(when.body, scope, out);
          if (interrupt !== null) return interrupt;
        }
      }
      return matched || node.otherwise === null ? null : renderNodes(node.otherwise, scope, out);
    }
    case 'for':
      return renderFor(node, scope, out);
  }
}

function renderFor(node: Extract<Node, { kind: 'for' }>, scope: RenderScope, out: string[]): Interrupt {
  const items = itemsOf(evaluate(node.collection, scope));
  const offsetValue = node.offset === null ? null : evaluate(node.offset, scope);
  const limitValue = node.limit === null ? null : evaluate(node.limit, scope);
  const from = isNil(offsetValue) ? 0 : Math.max(0, integerValue(offsetValue, "A loop's offset"));
  const limit = isNil(limitValue) ? null : Math.max(0, integerValue(limitValue, "A loop's limit"));
  const segment = items.slice(from, limit === null ? undefined : from + limit);
  if (node.reversed) segment.reverse();
  if (segment.length === 0) return node.otherwise === null ? null : renderNodes(node.otherwise, scope, out);
  const length = segment.length;
  for (const [index, item] of segment.entries()) {
    const forloop = {
      name: node.name,
      length,
      index: index + 1,
      index0: index,
      rindex: length - index,
      rindex0: length - index - 1,
      first: index === 0,
      last: index === length - 1,
    };
    const variables = new Map<string, unknown>([
      [node.variable, item],
      ['forloop', forloop],
    ]);
    const interrupt = scope.withScope(variables, () => renderNodes(node.body, scope, out));
    if (interrupt === 'break') break;
  }
  return null;
}

/**
 * Renders a parsed template with a model: `body` and `context` in API Management, plain data the
 * caller builds. Missing variables and members render as nothing. Problems only the model can
 * reveal (a division by zero, values that do not compare) throw a `LiquidRenderError`.
 */
export function renderLiquid(
  template: LiquidTemplate,
  model: Readonly<Record<string, unknown>>,
  options: LiquidRenderOptions = {},
): string {
  const scope = new RenderScope(model, {
    timeZone: options.timeZone ?? 'UTC',
    now: options.now ?? Date.now(),
  });
  const out: string[] = [];
  renderNodes(template.nodes, scope, out);
  return out.join('');
}
