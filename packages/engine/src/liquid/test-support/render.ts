import { expect } from 'vitest';
import { parseLiquid } from '../parser.js';
import { type LiquidRenderOptions, renderLiquid } from '../render.js';

/** Parses `template` (which must have no diagnostics) and renders it with `model`. */
export function render(
  template: string,
  model: Record<string, unknown> = {},
  options: LiquidRenderOptions = { now: Date.UTC(2024, 2, 5, 14, 30, 15, 123) },
): string {
  const { template: parsed, diagnostics } = parseLiquid(template);
  expect(diagnostics).toEqual([]);
  return renderLiquid(parsed!, model, options);
}

/** The diagnostics of `template`, as `code@start-end line:column`. */
export function problems(template: string): string[] {
  return parseLiquid(template).diagnostics.map((d) => `${d.code}@${d.start}-${d.end} ${d.line}:${d.column}`);
}
