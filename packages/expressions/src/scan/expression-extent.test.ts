import { describe, expect, it } from 'vitest';
import { findExpressionEnd } from './expression-extent.js';

/** The text of the expression that starts at the first `@` of `text`. */
const extent = (text: string) => {
  const start = text.indexOf('@');
  const end = findExpressionEnd(text, start);
  return end < 0 ? null : text.slice(start, end);
};

describe('findExpressionEnd', () => {
  it('ends at the bracket that balances the opening one', () => {
    expect(extent('a="@(x.y(1))" b="c"')).toBe('@(x.y(1))');
    expect(extent('<x>@{ if (a) { return b; } return c; }</x>')).toBe('@{ if (a) { return b; } return c; }');
  });

  it('ignores brackets and quotes inside strings, characters and comments', () => {
    expect(extent('c="@(x == ")" || y == "(")" d="e"')).toBe('@(x == ")" || y == "(")');
    expect(extent("@(c == ')' || d == '\"')")).toBe("@(c == ')' || d == '\"')");
    expect(extent('@(@"a "")"" b" + 1)')).toBe('@(@"a "")"" b" + 1)');
    expect(extent('@($"{(a ? ")" : "(")}" + $@"}}{b}")')).toBe('@($"{(a ? ")" : "(")}" + $@"}}{b}")');
    expect(extent('@{ // )\n /* } */ return 1; }')).toBe('@{ // )\n /* } */ return 1; }');
    expect(extent('@("""raw ) """)')).toBe('@("""raw ) """)');
  });

  it('counts named values as balanced braces', () => {
    expect(extent('@{ if ({{flag}}) { return 1; } return 0; } tail')).toBe(
      '@{ if ({{flag}}) { return 1; } return 0; }',
    );
  });

  it('returns -1 when the brackets never balance or no expression starts there', () => {
    expect(findExpressionEnd('@(a + (b', 0)).toBe(-1);
    expect(findExpressionEnd('@{ "}" ', 0)).toBe(-1);
    expect(findExpressionEnd('x', 0)).toBe(-1);
    expect(findExpressionEnd('@x', 0)).toBe(-1);
  });
});
