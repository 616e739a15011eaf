import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from './diagnostics.js';
import { lexTemplate } from './lexer.js';
import { lexMarkup, MarkupError } from './markup-lexer.js';
import { LiquidDecimal } from './values.js';

function lex(text: string) {
  const sink = new DiagnosticSink(text);
  const tokens = lexTemplate(text, sink);
  return { tokens, diagnostics: sink.diagnostics };
}

describe('lexTemplate', () => {
  it('splits text, outputs and tags with their offsets', () => {
    const { tokens, diagnostics } = lex('a{{ x }}b{% if y -%} c');
    expect(diagnostics).toEqual([]);
    expect(tokens).toEqual([
      { kind: 'text', value: 'a', start: 0, end: 1 },
      { kind: 'output', markup: ' x ', markupStart: 3, start: 1, end: 8 },
      { kind: 'text', value: 'b', start: 8, end: 9 },
      {
        kind: 'tag',
        name: 'if',
        nameStart: 12,
        nameEnd: 14,
        markup: 'y',
        markupStart: 15,
        start: 9,
        end: 20,
      },
      { kind: 'text', value: 'c', start: 20, end: 22 },
    ]);
  });

  it('ends an output at the first }}, quotes or not, as Liquid does', () => {
    const { tokens } = lex('{{ "}}" }}');
    expect(tokens[0]).toMatchObject({ kind: 'output', markup: ' "' });
    expect(tokens[1]).toMatchObject({ kind: 'text', value: '" }}' });
  });

  it('treats {{- and -}} as whitespace control; in {{-}} the - trims the left', () => {
    expect(lex(' {{-}} ').tokens.map((t) => (t.kind === 'text' ? `'${t.value}'` : t.kind))).toEqual([
      "''",
      'output',
      "' '",
    ]);
    expect(lex('x {{- y }}').tokens[0]).toMatchObject({ kind: 'text', value: 'x' });
  });

  it('keeps a raw body as written, even next to whitespace control', () => {
    const { tokens } = lex('{%- raw -%}  {{ x }}  {%- endraw -%}');
    expect(tokens).toEqual([{ kind: 'text', value: '  {{ x }}  ', start: 11, end: 22 }]);
  });

  it('reports a tag without a name', () => {
    expect(lex('{% %}').diagnostics.map((d) => d.message)).toEqual(["A tag needs a name after '{%'."]);
    expect(lex('{% 5 %}').diagnostics).toHaveLength(1);
  });

  it('reports arguments given to raw', () => {
    expect(lex('{% raw x %}{% endraw %}').diagnostics.map((d) => [d.start, d.end])).toEqual([[7, 8]]);
  });
});

describe('lexMarkup', () => {
  it('reads names, numbers, strings and symbols', () => {
    const tokens = lexMarkup(`a.b-c? [0] 'x' "y" -1 2.5 (1..3) == != <> <= >= < > | : , =`, 10);
    expect(tokens.map((t) => t.text)).toEqual([
      'a',
      '.',
      'b-c?',
      '[',
      '0',
      ']',
      "'x'",
      '"y"',
      '-1',
      '2.5',
      '(',
      '1',
      '..',
      '3',
      ')',
      '==',
      '!=',
      '<>',
      '<=',
      '>=',
      '<',
      '>',
      '|',
      ':',
      ',',
      '=',
    ]);
    expect(tokens[0]).toMatchObject({ start: 10, end: 11 });
    expect(tokens[6]?.value).toBe('x');
    expect(tokens[9]?.value).toEqual(new LiquidDecimal(2.5));
    expect(tokens[8]?.value).toBe(-1);
  });

  it('fails on unclosed strings and stray characters, at their place', () => {
    expect(() => lexMarkup(' "abc', 0)).toThrow(MarkupError);
    expect(() => lexMarkup(' a & b', 4)).toThrow(expect.objectContaining({ start: 7, end: 8 }));
  });
});
