import { describe, expect, it } from 'vitest';
import { LiquidRenderError } from '../errors.js';
import { parseLiquid } from '../parser.js';
import { renderLiquid } from '../render.js';
import { render } from '../test-support/render.js';
import { findFilter, liquidFilterNames } from './registry.js';

/** The filters API Management documents for `set-body template="liquid"`. */
const DOCUMENTED = [
  'Abs',
  'Append',
  'AtLeast',
  'AtMost',
  'Capitalize',
  'Compact',
  'Currency',
  'Date',
  'Default',
  'DividedBy',
  'Downcase',
  'Escape',
  'First',
  'H',
  'Join',
  'Last',
  'Lstrip',
  'Map',
  'Minus',
  'Modulo',
  'NewlineToBr',
  'Plus',
  'Prepend',
  'Remove',
  'RemoveFirst',
  'Replace',
  'ReplaceFirst',
  'Round',
  'Rstrip',
  'Size',
  'Slice',
  'Sort',
  'Split',
  'Strip',
  'StripHtml',
  'StripNewlines',
  'Times',
  'Truncate',
  'TruncateWords',
  'Uniq',
  'Upcase',
  'UrlDecode',
  'UrlEncode',
];

const model = {
  words: ['b', 'a', 'c', 'a'],
  numbers: [3, 1, 2],
  mixedCase: ['b', 'B', 'a', 'A'],
  withNils: [1, null, [2, null], 3],
  people: [
    { name: 'Cy', age: 40 },
    { name: 'Al', age: 30 },
    { name: 'Bo', age: 35 },
  ],
  price: 7.5,
  text: 'Ground control to Major Tom.',
  html: `<a href='x'>"&"</a>`,
  obj: { a: 1, b: 2 },
};

function renderError(template: string, values: Record<string, unknown> = model): unknown {
  const { template: parsed } = parseLiquid(template);
  try {
    renderLiquid(parsed!, values);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('the filter set', () => {
  it("is exactly API Management's documented list", () => {
    expect(liquidFilterNames).toEqual([...DOCUMENTED].sort());
  });

  it('knows every filter by its PascalCase name and its snake_case name', () => {
    for (const name of DOCUMENTED) {
      expect(findFilter(name)?.name).toBe(name);
      const snake = name.replace(/(?<=[a-z])([A-Z])/g, '_$1').toLowerCase();
      expect(findFilter(snake)?.name, snake).toBe(name);
    }
    expect(findFilter('truncatewords')?.name).toBe('TruncateWords');
    expect(findFilter('UPCASE')).toBeUndefined();
    expect(findFilter('toString')).toBeUndefined();
  });
});

describe('text filters', () => {
  it.each([
    ['{{ "a" | Append: "b" }}', 'ab'],
    ['{{ "a" | append: 1 }}', 'a1'],
    ['[{{ nil | Append: "b" }}]', '[]'],
    ['{{ "b" | Prepend: "a" }}', 'ab'],
    ['{{ "hello WORLD" | Capitalize }}', 'Hello world'],
    ['{{ "  hi" | Capitalize }}', '  Hi'],
    ['{{ "MiXeD" | Downcase }}', 'mixed'],
    ['{{ "MiXeD" | Upcase }}', 'MIXED'],
    ['{{ 12 | Upcase }}', '12'],
    ['{{ html | Escape }}', '&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;'],
    ['{{ "café ☕ 😀" | H }}', 'caf&#233; ☕ &#128512;'],
    ['[{{ "  a b  " | Strip }}][{{ "  a b  " | Lstrip }}][{{ "  a b  " | Rstrip }}]', '[a b][a b  ][  a b]'],
    ['{{ "a\nb\r\nc" | NewlineToBr }}', 'a<br />\nb<br />\r\nc'],
    ['{{ "a\nb\r\nc\r" | StripNewlines }}', 'abc\r'],
    ['[{{ "\n" | StripNewlines }}][{{ "\n" | NewlineToBr }}]', '[\n][\n]'],
    [
      '{{ "<p>Hi <b>there</b></p><script>x()</script><!-- c --><style>p{}</style>" | StripHtml }}',
      'Hi there',
    ],
    ['{{ "a.b.a" | Remove: "a" }}', '.b.'],
    ['{{ "a.b.a" | RemoveFirst: "a" }}', '.b.a'],
    ['{{ "a.b.c" | Replace: ".", "-" }}', 'a-b-c'],
    ['{{ "a.b.c" | Replace: "." }}', 'abc'],
    ['{{ "a.b.c" | ReplaceFirst: ".", "-" }}', 'a-b.c'],
    ['{{ "a(b)" | Replace: "(", "[" }}', 'a[b)'],
    ['{{ text | Truncate: 20 }}', 'Ground control to...'],
    ['{{ text | Truncate: 25, ", and so on" }}', 'Ground control, and so on'],
    ['{{ text | Truncate: 3 }}', '...'],
    ['{{ text | Truncate: 2 }}', '...'],
    ['{{ text | Truncate: 100 }}', 'Ground control to Major Tom.'],
    ['{{ text | Truncate }}', 'Ground control to Major Tom.'],
    ['{{ text | TruncateWords: 3 }}', 'Ground control to...'],
    ['{{ text | TruncateWords: 3, "--" }}', 'Ground control to--'],
    ['{{ text | truncatewords: 10 }}', 'Ground control to Major Tom.'],
    ['{{ "a b&c=é/?" | UrlEncode }}', 'a+b%26c%3D%C3%A9%2F%3F'],
    ['{{ "-_.!*()~" | UrlEncode }}', '-_.!*()%7E'],
    ['{{ "a+b%20c%C3%A9%zz%" | UrlDecode }}', 'a b cé%zz%'],
    ['{{ "hello" | Slice: 1, 3 }}', 'ell'],
    ['{{ "hello" | Slice: 1 }}', 'e'],
    ['{{ "hello" | Slice: -3, 2 }}', 'll'],
    ['{{ "hello" | Slice: -8, 4 }}', 'h'],
    ['{{ "hello" | Slice: 3, 10 }}', 'lo'],
    ['[{{ "hello" | Slice: 9 }}]', '[]'],
    ['{{ words | Slice: 1, 2 | Join: "," }}', 'a,c'],
    ['{{ words | Slice: -1 | Join: "," }}', 'a'],
  ])('%s', (template, expected) => {
    expect(render(template, model)).toBe(expected);
  });

  it('splits on a separator, dropping empty parts, or into characters', () => {
    expect(render('{{ "a,b,,c" | Split: "," | Join: "|" }}')).toBe('a|b|c');
    expect(render('{{ "a,b,,c" | Split: "," | Size }}')).toBe('3');
    expect(render('{{ "abc" | Split: "" | Join: "-" }}')).toBe('a-b-c');
    expect(render('{{ "  " | Split: "," | Size }}')).toBe('1');
  });

  it('gives the default for nil, false, blank text and an empty array', () => {
    expect(
      render(
        '{{ nil | Default: "d" }}{{ false | Default: "d" }}{{ "" | Default: "d" }}{{ " " | Default: "d" }}' +
          '{{ none | Default: "d" }}{{ 0 | Default: "d" }}{{ "x" | Default: "d" }}{{ true | Default: "d" }}',
        { none: [] },
      ),
    ).toBe('ddddd0xtrue');
  });

  it('fails the render on a negative Slice length', () => {
    expect(renderError('{{ "abc" | Slice: 0, -1 }}')).toBeInstanceOf(LiquidRenderError);
  });

  it('fails the render on a non-numeric length', () => {
    expect(String(renderError('{{ "abc" | Truncate: "x" }}'))).toMatch(/Truncate expects a whole number/);
  });
});

describe('math filters', () => {
  it.each([
    ['{{ -5 | Abs }}', '5'],
    ['{{ "-2.5" | Abs }}', '2.5'],
    ['{{ "x" | Abs }}', '0'],
    ['{{ 4 | AtLeast: 5 }}|{{ 6 | AtLeast: 5 }}', '5|6'],
    ['{{ 4 | AtMost: 5 }}|{{ 6 | AtMost: 5 }}', '4|5'],
    ['{{ "x" | AtLeast: 5 }}', 'x'],
    ['{{ 1 | Plus: 2 }}', '3'],
    ['{{ "1" | Plus: 2 }}', '3'],
    ['{{ 0.1 | Plus: 0.2 }}', '0.3'],
    ['{{ price | Plus: 1 }}', '8.5'],
    ['{{ 5 | Minus: 7 }}', '-2'],
    ['{{ 3 | Times: 4 }}', '12'],
    ['{{ 1.1 | Times: 3 }}', '3.3'],
    ['{{ 7 | DividedBy: 2 }}', '3'],
    ['{{ -7 | DividedBy: 2 }}', '-3'],
    ['{{ 7 | DividedBy: 2.0 }}', '3.5'],
    ['{{ price | DividedBy: 2 }}', '3.75'],
    ['{{ 10 | DividedBy: 4 | Times: 4 }}', '8'],
    ['{{ 7 | Modulo: 3 }}', '1'],
    ['{{ -7 | Modulo: 3 }}', '-1'],
    ['{{ 7.5 | Modulo: 2 }}', '1.5'],
    ['[{{ nil | Plus: 1 }}][{{ 1 | Plus: nil }}]', '[][]'],
    ['{{ 2.5 | Round }}|{{ 3.5 | Round }}|{{ -2.5 | Round }}', '2|4|-2'],
    ['{{ 2.567 | Round: 2 }}|{{ 1.005 | Round: 2 }}|{{ 1.015 | Round: 2 }}', '2.57|1|1.02'],
    ['{{ "3.14159" | Round: 3 }}', '3.142'],
    ['[{{ "pi" | Round }}]', '[]'],
    ['{{ 5 | Round | DividedBy: 2 }}', '2.5'],
    ['{{ 1234.5 | Currency }}', '¤1,234.50'],
    ['{{ 1.005 | Currency }}', '¤1.01'],
    ['{{ -1 | Currency }}', '(¤1.00)'],
    ['{{ 1234567 | Currency }}', '¤1,234,567.00'],
    ['{{ "12.3" | Currency }}', '¤12.30'],
    ['{{ "n/a" | Currency }}', 'n/a'],
    ['{{ 1234.5 | Currency: "en-US" }}', '$1,234.50'],
    ['{{ 1234.5 | Currency: "en-GB" }}', '£1,234.50'],
  ])('%s', (template, expected) => {
    expect(render(template, model)).toBe(expected);
  });

  it('fails the render on division by zero', () => {
    const error = renderError('{{ 1 | DividedBy: 0 }}');
    expect(error).toBeInstanceOf(LiquidRenderError);
    expect((error as Error).message).toBe('DividedBy: division by zero.');
    expect(renderError('{{ 1 | Modulo: 0 }}')).toBeInstanceOf(LiquidRenderError);
    expect(renderError('{{ 1 | DividedBy: 0.0 }}')).toBeInstanceOf(LiquidRenderError);
  });

  it('fails the render on arithmetic with something that is not a number', () => {
    expect(String(renderError('{{ "abc" | Plus: 1 }}'))).toMatch(
      /Plus works on numbers; 'abc' is not a number/,
    );
    expect(renderError('{{ words | Times: 2 }}')).toBeInstanceOf(LiquidRenderError);
  });

  it('fails the render on a culture without a known currency', () => {
    expect(String(renderError('{{ 1 | Currency: "xx" }}'))).toMatch(
      /no currency is known for the culture 'xx'/,
    );
  });
});

describe('collection filters', () => {
  it.each([
    [
      '{{ words | Size }}|{{ "abc" | Size }}|{{ obj | Size }}|{{ 5 | Size }}|[{{ nil | Size }}]',
      '4|3|2|0|[]',
    ],
    ['{{ words | First }}|{{ words | Last }}|{{ "abc" | First }}|{{ "abc" | Last }}', 'b|a|a|c'],
    ['[{{ none | First }}]', '[]'],
    ['{{ words | Join }}|{{ words | Join: ", " }}', 'b a c a|b, a, c, a'],
    ['{{ "abc" | Join: "-" }}', 'a-b-c'],
    ['{{ people | Map: "name" | Join: "," }}', 'Cy,Al,Bo'],
    ['{{ people | Map: "missing" | Compact | Size }}', '0'],
    ['{{ withNils | Compact | Join: "," }}', '1,2,3'],
    ['{{ words | Uniq | Join: "," }}', 'b,a,c'],
    ['{{ people | Uniq | Size }}', '3'],
    ['{{ words | Sort | Join: "," }}', 'a,a,b,c'],
    ['{{ mixedCase | Sort | Join: "," }}', 'A,B,a,b'],
    ['{{ numbers | Sort | Join: "," }}', '1,2,3'],
    ['{{ people | Sort: "age" | Map: "name" | Join: "," }}', 'Al,Bo,Cy'],
    ['{{ people | Sort: "name" | Map: "name" | Join: "," }}', 'Al,Bo,Cy'],
    ['{{ people | Sort: "nope" | Map: "name" | Join: "," }}', 'Cy,Al,Bo'],
  ])('%s', (template, expected) => {
    expect(render(template, { ...model, none: [] })).toBe(expected);
  });

  it('leaves the input of Sort unchanged', () => {
    expect(render('{{ numbers | Sort | First }}{{ numbers | First }}', model)).toBe('13');
  });

  it('fails the render on Join of a number and on sorting values that do not compare', () => {
    expect(renderError('{{ 5 | Join }}')).toBeInstanceOf(LiquidRenderError);
    expect(renderError('{{ mixed | Sort }}', { mixed: [1, 'a'] })).toBeInstanceOf(LiquidRenderError);
  });
});

describe('snake_case spellings', () => {
  it('work like the PascalCase ones', () => {
    expect(
      render(
        '{{ "<b>x</b>" | strip_html | upcase }}|{{ 7 | divided_by: 2 }}|{{ 4 | at_least: 5 }}|{{ "a b" | url_encode }}',
      ),
    ).toBe('X|3|5|a+b');
  });
});
