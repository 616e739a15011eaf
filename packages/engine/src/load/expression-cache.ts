import {
  type Backend,
  type CompiledExpression,
  compileExpression,
  type Diagnostic,
  ExpressionCompileError,
  mapperFromStart,
  type PositionMapper,
} from '@apim-policy/expressions';
import { LRUCache } from 'lru-cache';

/**
 * Compiled expressions by text, shared by every policy the process loads: the same expression in
 * many documents (or many copies of one document) is parsed, bound and compiled once. Entries
 * keep their diagnostics at offsets of the expression's text; each use maps them into its file.
 */
const cache = new LRUCache<string, CompiledExpression | { readonly errors: readonly Diagnostic[] }>({
  max: 10_000,
});

/**
 * An expression compiled ahead of time (by `compileExpressionSet` of `@apim-policy/expressions`):
 * what a run needs of a `CompiledExpression`.
 */
export type PrecompiledExpression = Pick<CompiledExpression, 'evaluate' | 'resultType' | 'needs'>;

const TEXT_START = { offset: 0, line: 1, column: 0 } as const;

function placed(diagnostics: readonly Diagnostic[], mapper: PositionMapper): Diagnostic[] {
  return diagnostics.map((diagnostic) => {
    const start = mapper(diagnostic.range[0]);
    const end = mapper(diagnostic.range[1]);
    const moved: Diagnostic = {
      ...diagnostic,
      range: [start.offset, end.offset],
      loc: { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } },
    };
    if (diagnostic.fix === undefined) return moved;
    const from = mapper(diagnostic.fix.range[0]).offset;
    const to = mapper(diagnostic.fix.range[1]).offset;
    return { ...moved, fix: { ...diagnostic.fix, range: [from, to] } };
  });
}

/**
 * Compiles an expression, or reuses the compiled expression of the same text. Throws
 * `ExpressionCompileError` (with diagnostics placed in the file) when it has errors.
 */
export function compileCached(text: string, mapper: PositionMapper, backend: Backend): CompiledExpression {
  const key = `${backend}\u0000${text}`;
  let compiled = cache.get(key);
  if (compiled === undefined) {
    try {
      compiled = compileExpression(text, { mapper: mapperFromStart(text, TEXT_START), backend });
    } catch (error) {
      if (!(error instanceof ExpressionCompileError)) throw error;
      compiled = { errors: error.diagnostics };
    }
    cache.set(key, compiled);
  }
  if ('errors' in compiled) throw new ExpressionCompileError(placed(compiled.errors, mapper));
  if (compiled.diagnostics.length === 0) return compiled;
  return { ...compiled, diagnostics: placed(compiled.diagnostics, mapper) };
}
