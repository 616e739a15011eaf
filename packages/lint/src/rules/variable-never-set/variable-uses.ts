import type { CheckedExpression } from '@apim-policy/engine';
import { type BoundExpression, type BoundNode, type Range, walkBound } from '@apim-policy/expressions';

/** A read of a variable by a literal name: `context.Variables["x"]`, `GetValueOrDefault<T>("x")`. */
export interface VariableRead {
  readonly name: string;
  /** The name's string literal, in the file. */
  readonly range: Range;
}

/** Methods of `context.Variables` that read a variable's value. */
const READING_METHODS: ReadonlySet<string> = new Set(['GetValueOrDefault']);

/** Methods of `context.Variables` that test whether a variable is set. */
const TESTING_METHODS: ReadonlySet<string> = new Set(['ContainsKey', 'TryGetValue']);

/** What the expressions of a document do with variables named by literals. */
export interface VariableUses {
  readonly reads: readonly VariableRead[];
  /** Names tested with `ContainsKey` or `TryGetValue`: the document expects them to be missing. */
  readonly tested: ReadonlySet<string>;
}

/**
 * Every read of a variable by a literal name in the expressions' bound trees: the indexer
 * `context.Variables["x"]` (also under a cast), and `GetValueOrDefault("x")` /
 * `GetValueOrDefault<T>("x", default)`; and the names tested with `ContainsKey("x")` or
 * `TryGetValue("x", out v)`, which are not reads that need a set: testing for a variable is how
 * an optional one is read.
 */
export function variableUses(expressions: readonly CheckedExpression[]): VariableUses {
  const reads: VariableRead[] = [];
  const tested = new Set<string>();
  for (const { result } of expressions) {
    if (result.bound === null) continue;
    walkBound(result.bound.body, (node: BoundNode) => {
      const read = useOf(node, READING_METHODS);
      if (read !== null) reads.push(read);
      const test = node.kind === 'call' ? useOf(node, TESTING_METHODS) : null;
      if (test !== null) tested.add(test.name);
    });
  }
  return { reads, tested };
}

function useOf(node: BoundNode, methods: ReadonlySet<string>): VariableRead | null {
  if (methods === READING_METHODS && node.kind === 'indexer' && isVariables(node.receiver))
    return literalName(node.arguments[0]);
  if (node.kind === 'call' && methods.has(node.method.name)) {
    const receiver = node.receiver ?? argumentValue(node.arguments[0]);
    const name = node.receiver === null ? argumentValue(node.arguments[1]) : argumentValue(node.arguments[0]);
    if (receiver !== undefined && isVariables(receiver)) return literalName(name);
  }
  return null;
}

function argumentValue(
  argument: { kind: 'value'; value: BoundExpression } | { kind: 'reference' } | undefined,
) {
  return argument?.kind === 'value' ? argument.value : undefined;
}

/** `context.Variables`, possibly converted to an interface it implements. */
function isVariables(expression: BoundExpression): boolean {
  const inner = unconverted(expression);
  return inner.kind === 'member' && inner.symbol.name === 'Variables' && inner.receiver?.kind === 'context';
}

function literalName(expression: BoundExpression | undefined): VariableRead | null {
  if (expression === undefined) return null;
  const inner = unconverted(expression);
  if (inner.kind !== 'literal' || typeof inner.value !== 'string') return null;
  return { name: inner.value, range: inner.node.range };
}

function unconverted(expression: BoundExpression): BoundExpression {
  return expression.kind === 'convert' ? unconverted(expression.operand) : expression;
}
