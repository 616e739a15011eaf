import type { InterpolatedExtent } from './interpolated-scanner.js';
import type { Unterminated } from './literal-scanners.js';

/**
 * What a custom-pattern token carries beyond its image. Offsets inside an interpolated string's
 * extent are relative to the token's start, so tokens can be moved without touching payloads.
 */
export type TokenPayload =
  | { kind: 'string' | 'char' | 'comment'; unterminated: Unterminated | null; utf8: boolean }
  | { kind: 'interpolated'; extent: InterpolatedExtent }
  | { kind: 'named-value'; name: string };

/** The extent with every offset made relative to `origin`. */
export function relativeExtent(extent: InterpolatedExtent, origin: number): InterpolatedExtent {
  const shift = (offset: number) => offset - origin;
  const pair = (value: readonly [number, number] | null) =>
    value === null ? null : ([shift(value[0]), shift(value[1])] as const);
  return {
    ...extent,
    contentStart: shift(extent.contentStart),
    contentEnd: shift(extent.contentEnd),
    end: shift(extent.end),
    holes: extent.holes.map((hole) => ({
      ...hole,
      open: shift(hole.open),
      expressionStart: shift(hole.expressionStart),
      expressionEnd: shift(hole.expressionEnd),
      alignment: pair(hole.alignment),
      format: pair(hole.format),
      end: shift(hole.end),
    })),
    errors: extent.errors.map((error) => ({ ...error, start: shift(error.start), end: shift(error.end) })),
  };
}
