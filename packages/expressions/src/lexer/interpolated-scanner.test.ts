import { describe, expect, it } from 'vitest';
import { scanInterpolated } from './interpolated-scanner.js';

/** The holes of the interpolated string at the start of `text`, as text. */
function holes(text: string) {
  const extent = scanInterpolated(text, 0);
  if (extent === null) throw new Error('not an interpolated string');
  const slice = (pair: readonly [number, number] | null) =>
    pair === null ? null : text.slice(pair[0], pair[1]);
  return extent.holes.map((hole) => ({
    expression: text.slice(hole.expressionStart, hole.expressionEnd),
    alignment: slice(hole.alignment),
    format: slice(hole.format),
  }));
}

describe('scanInterpolated', () => {
  it('finds holes with alignment and format', () => {
    expect(holes('$"a{x}b{y,5}c{z:N2}d{w,-3:x}"')).toEqual([
      { expression: 'x', alignment: null, format: null },
      { expression: 'y', alignment: '5', format: null },
      { expression: 'z', alignment: null, format: 'N2' },
      { expression: 'w', alignment: '-3', format: 'x' },
    ]);
  });

  it('keeps commas and colons inside brackets in the expression', () => {
    expect(holes('$"{f(a, b)}{(c ? d : e)}{g[1, 2]:F}"').map((h) => h.expression)).toEqual([
      'f(a, b)',
      '(c ? d : e)',
      'g[1, 2]',
    ]);
    expect(holes('$"{global::System.Math.PI:F2}"')).toEqual([
      { expression: 'global::System.Math.PI', alignment: null, format: 'F2' },
    ]);
  });

  it('skips doubled braces and nested literals', () => {
    expect(holes('$"{{ {a} }}"').map((h) => h.expression)).toEqual(['a']);
    expect(holes('$"{"}"}{\'}\'}{$"{x}"}"').map((h) => h.expression)).toEqual(['"}"', "'}'", '$"{x}"']);
  });

  it('reads the prefixes and kinds', () => {
    expect(scanInterpolated('$"x"', 0)).toMatchObject({ kind: 'regular', prefix: '$', end: 4 });
    expect(scanInterpolated('$@"x"', 0)).toMatchObject({ kind: 'verbatim', prefix: '$@', end: 5 });
    expect(scanInterpolated('@$"x"', 0)).toMatchObject({ kind: 'verbatim', prefix: '@$', end: 5 });
    expect(scanInterpolated('$$"""{{a}}"""', 0)).toMatchObject({
      kind: 'raw',
      dollars: 2,
      quotes: 3,
      end: 13,
    });
    expect(scanInterpolated('$x', 0)).toBeNull();
    expect(scanInterpolated('@x', 0)).toBeNull();
  });

  it('stops a regular string at a line break and a verbatim one only at its quote', () => {
    expect(scanInterpolated('$"a\nb"', 0)).toMatchObject({ unterminated: 'newline', end: 3 });
    expect(scanInterpolated('$@"a\nb"', 0)).toMatchObject({ unterminated: null, end: 7 });
    expect(scanInterpolated('$"{a\n', 0)).toMatchObject({ unterminated: 'newline' });
    expect(scanInterpolated('$"abc', 0)).toMatchObject({ unterminated: 'end', end: 5 });
  });

  it('reports a lone closing brace and an unclosed hole', () => {
    expect(scanInterpolated('$"a}b"', 0)?.errors).toEqual([
      { code: 'unescaped-close-brace', start: 3, end: 4 },
    ]);
    expect(scanInterpolated('$"{a', 0)?.errors).toEqual([
      { code: 'unterminated-interpolation', start: 2, end: 4 },
    ]);
  });
});
