import { expect } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseExpression } from '../parser/parse.js';
import { render } from './render.js';

/** Parses `@(text)` and renders its tree; fails the test on any diagnostic. */
export function expr(text: string): string {
  const { ast, diagnostics } = parseExpression(`@(${text})`);
  expect(describe(diagnostics), `diagnostics of @(${text})`).toEqual([]);
  return render(ast.body);
}

/** Parses `@{text}` and renders its statements; fails the test on any diagnostic. */
export function block(text: string): string {
  const { ast, diagnostics } = parseExpression(`@{${text}}`);
  expect(describe(diagnostics), `diagnostics of @{${text}}`).toEqual([]);
  return render(ast.body)
    .replace(/^\(block ?/, '')
    .replace(/\)$/, '');
}

/** Renders a tree as far as it parses, with its diagnostics as `code@start-end`. */
export function broken(source: string): { tree: string; errors: string[] } {
  const { ast, diagnostics } = parseExpression(source);
  return { tree: render(ast.body), errors: describe(diagnostics) };
}

/** Diagnostics as `code@start-end` strings. */
export function describe(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}@${d.range[0]}-${d.range[1]}`);
}
