import { describe, expect, it } from 'vitest';
import { parseLiquid } from './parser.js';
import { problems } from './test-support/render.js';

describe('parseLiquid', () => {
  it('gives a template and no diagnostics for a valid template', () => {
    const { template, diagnostics } = parseLiquid('Hello {{ name | Upcase }}{% if x %}!{% endif %}');
    expect(diagnostics).toEqual([]);
    expect(template).not.toBeNull();
  });

  it('accepts an empty template', () => {
    expect(parseLiquid('').diagnostics).toEqual([]);
    expect(parseLiquid('').template).not.toBeNull();
  });
});

describe('liquid-unsupported-tag', () => {
  it('reports a tag API Management does not support at its name, with line and column', () => {
    const text = 'first line\n  {% include "header" %}';
    const { template, diagnostics } = parseLiquid(text);
    expect(template).toBeNull();
    expect(diagnostics).toEqual([
      {
        code: 'liquid-unsupported-tag',
        message: "The tag 'include' is not supported by API Management's Liquid.",
        start: 16,
        end: 23,
        line: 2,
        column: 5,
      },
    ]);
    expect(text.slice(16, 23)).toBe('include');
  });

  it('reports cycle, tablerow and unknown tags, but not the end tag of one already reported', () => {
    expect(problems("{% cycle 'a', 'b' %}")).toEqual(['liquid-unsupported-tag@3-8 1:3']);
    expect(problems('{% tablerow x in y %}{{ x }}{% endtablerow %}')).toEqual([
      'liquid-unsupported-tag@3-11 1:3',
    ]);
    const { diagnostics } = parseLiquid('{% frobnicate %}');
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['liquid-unsupported-tag', "Unknown tag 'frobnicate'."],
    ]);
  });

  it("reports API Management's JSONArrayFor and Liquid's inline comment tag", () => {
    expect(problems('{% JSONArrayFor x in y %}{% endJSONArrayFor %}')).toEqual([
      'liquid-unsupported-tag@3-15 1:3',
    ]);
    expect(problems('{% # note %}')).toEqual(['liquid-unsupported-tag@3-4 1:3']);
  });
});

describe('liquid-unsupported-filter', () => {
  it('reports an unknown filter at its name', () => {
    const text = '{{ body.name | Shout }}';
    const { template, diagnostics } = parseLiquid(text);
    expect(template).toBeNull();
    expect(diagnostics).toEqual([
      {
        code: 'liquid-unsupported-filter',
        message: "The filter 'Shout' is not supported by API Management's Liquid.",
        start: 15,
        end: 20,
        line: 1,
        column: 15,
      },
    ]);
  });

  it('suggests the API Management spelling of a misspelt name', () => {
    const { diagnostics } = parseLiquid('{{ x | UPCASE }}\n{% assign y = x | stripHtml %}');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      "1:7 The filter 'UPCASE' is not supported by API Management's Liquid. Did you mean 'Upcase'?",
      "2:18 The filter 'stripHtml' is not supported by API Management's Liquid. Did you mean 'StripHtml'?",
    ]);
  });

  it("reports Liquid filters that API Management's DotLiquid lacks", () => {
    expect(problems('{{ a | where: "x" }}{{ a | escape_once }}{{ a | Reverse }}')).toEqual([
      'liquid-unsupported-filter@7-12 1:7',
      'liquid-unsupported-filter@27-38 1:27',
      'liquid-unsupported-filter@48-55 1:48',
    ]);
  });

  it('accepts PascalCase and snake_case names', () => {
    for (const name of [
      'Upcase',
      'upcase',
      'StripHtml',
      'strip_html',
      'TruncateWords',
      'truncatewords',
      'truncate_words',
    ]) {
      expect(parseLiquid(`{{ x | ${name} }}`).diagnostics).toEqual([]);
    }
  });
});

describe('liquid-syntax-error', () => {
  it('reports an unclosed output or tag from its opening', () => {
    expect(problems('abc {{ name')).toEqual(['liquid-syntax-error@4-6 1:4']);
    expect(problems('abc\n{% if x')).toEqual(['liquid-syntax-error@4-6 2:0']);
  });

  it('reports bad markup at the offending token', () => {
    const text = '{{ a b }}';
    const { diagnostics } = parseLiquid(text);
    expect(diagnostics).toEqual([
      {
        code: 'liquid-syntax-error',
        message: "Expected '|', found 'b'.",
        start: 5,
        end: 6,
        line: 1,
        column: 5,
      },
    ]);
    expect(problems('{{ "open }}')).toEqual(['liquid-syntax-error@3-9 1:3']);
    expect(problems('{{ a @ b }}')).toEqual(['liquid-syntax-error@5-6 1:5']);
    expect(parseLiquid('{{ a | }}').diagnostics.map((d) => `${d.start}-${d.end} ${d.message}`)).toEqual([
      "5-6 Expected a filter name after '|'.",
    ]);
    expect(problems('{{ a.1 }}')).toEqual(['liquid-syntax-error@5-6 1:5']);
  });

  it('reports a wrong number of filter arguments', () => {
    const { diagnostics } = parseLiquid('{{ a | Append }}{{ a | Upcase: 1 }}{{ a | Truncate: 1, "x", 3 }}');
    expect(diagnostics.map((d) => `${d.start}-${d.end} ${d.message}`)).toEqual([
      "7-13 The filter 'Append' takes 1 argument, not 0.",
      "23-32 The filter 'Upcase' takes 0 arguments, not 1.",
      "42-61 The filter 'Truncate' takes 0 to 2 arguments, not 3.",
    ]);
  });

  it('reports named filter arguments', () => {
    expect(parseLiquid('{{ a | Default: "x", allow_false: true }}').diagnostics[0]?.message).toBe(
      "Named filter arguments ('allow_false:') are not supported.",
    );
  });

  it('reports blocks that are not closed at their opening tag', () => {
    expect(problems('{% if x %}a')).toEqual(['liquid-syntax-error@0-10 1:0']);
    expect(parseLiquid('{% for x in y %}').diagnostics[0]?.message).toBe(
      "'for' is not closed by '{% endfor %}'.",
    );
    expect(problems('{% capture x %}')).toEqual(['liquid-syntax-error@0-15 1:0']);
    expect(problems('{% case x %}{% when 1 %}')).toEqual(['liquid-syntax-error@0-12 1:0']);
    expect(problems('{% raw %}x')).toEqual(['liquid-syntax-error@0-9 1:0']);
    expect(problems('{% comment %}x')).toEqual(['liquid-syntax-error@0-13 1:0']);
  });

  it("reports an inner block left open by an outer block's end tag", () => {
    expect(problems('{% for x in y %}{% if x %}{% endfor %}')).toEqual(['liquid-syntax-error@16-26 1:16']);
  });

  it('reports end tags and else/when with no block to take them', () => {
    expect(problems('{% endif %}')).toEqual(['liquid-syntax-error@0-11 1:0']);
    expect(problems('{% else %}')).toEqual(['liquid-syntax-error@0-10 1:0']);
    expect(problems('{% capture x %}{% when 1 %}{% endcapture %}')).toEqual([
      'liquid-syntax-error@15-27 1:15',
    ]);
    expect(parseLiquid('{% endfor %}').diagnostics[0]?.message).toBe(
      "Unexpected 'endfor': no open block takes it here.",
    );
  });

  it('reports break and continue outside loops', () => {
    expect(problems('{% break %}')).toEqual(['liquid-syntax-error@0-11 1:0']);
    expect(problems('{% for x in y %}{% continue %}{% endfor %}')).toEqual([]);
  });

  it('reports tags missing their arguments or given extra ones', () => {
    expect(parseLiquid('{% if %}{% endif %}').diagnostics[0]?.message).toBe("'if' needs a condition.");
    expect(parseLiquid('{% assign %}').diagnostics[0]?.message).toBe("'assign' needs 'name = value'.");
    expect(problems('{% if x %}{% else if y %}{% endif %}')).toEqual(['liquid-syntax-error@18-22 1:18']);
    expect(problems('{% assign x 1 %}')).toEqual(['liquid-syntax-error@12-13 1:12']);
    expect(problems('{% for x of y %}{% endfor %}')).toEqual(['liquid-syntax-error@9-11 1:9']);
    expect(problems('{% for x in y limit %}{% endfor %}')).toEqual(['liquid-syntax-error@14-19 1:14']);
    expect(problems('{% for x in y offset: continue %}{% endfor %}')).toEqual([
      'liquid-syntax-error@22-30 1:22',
    ]);
  });

  it('reports an unknown comparison operator', () => {
    expect(problems('{% if a = 1 %}{% endif %}')).toEqual(['liquid-syntax-error@8-9 1:8']);
    expect(problems('{% if a startswith "x" %}{% endif %}')).toEqual(['liquid-syntax-error@8-18 1:8']);
  });

  it('reports elsif after else and a second else in case', () => {
    expect(problems('{% if a %}{% else %}{% elsif b %}{% endif %}')).toEqual([
      'liquid-syntax-error@20-33 1:20',
    ]);
    expect(problems('{% case a %}{% else %}{% else %}{% endcase %}')).toEqual([
      'liquid-syntax-error@22-32 1:22',
    ]);
  });

  it('keeps reading after an error and reports every problem, in template order', () => {
    const text = '{{ a | Nope }}\n{% include "x" %}\n{% if %}{% endif %}\n{{ ok }}';
    expect(problems(text)).toEqual([
      'liquid-unsupported-filter@7-11 1:7',
      'liquid-unsupported-tag@18-25 2:3',
      'liquid-syntax-error@33-41 3:0',
    ]);
  });

  it('counts lines after \\r\\n and \\r', () => {
    expect(problems('a\r\nb\r{% include %}')).toEqual(['liquid-unsupported-tag@8-15 3:3']);
  });
});
