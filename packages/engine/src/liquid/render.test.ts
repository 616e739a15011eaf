import { describe, expect, it } from 'vitest';
import { LiquidRenderError } from './errors.js';
import { parseLiquid } from './parser.js';
import { renderLiquid } from './render.js';
import { render } from './test-support/render.js';

describe('output', () => {
  it('renders literals', () => {
    expect(render(`{{ 'single' }}|{{ "double" }}|{{ 42 }}|{{ -3 }}|{{ 2.5 }}|{{ true }}|{{ false }}`)).toBe(
      'single|double|42|-3|2.5|true|false',
    );
    expect(render('[{{ nil }}][{{ null }}][{{ empty }}][{{ blank }}][{{ }}]')).toBe('[][][][][]');
  });

  it('renders variables with members, indexes, string keys and pseudo-members', () => {
    const model = {
      body: {
        name: 'Ada',
        items: [{ id: 1 }, { id: 2 }, { id: 3 }],
        'Content-Type': 'x',
        map: { a: 1, b: 2 },
      },
      key: 'name',
    };
    expect(render('{{ body.name }}', model)).toBe('Ada');
    expect(render('{{ body.items[1].id }}|{{ body.items[-1].id }}', model)).toBe('2|3');
    expect(render('{{ body["Content-Type"] }}|{{ body[\'name\'] }}|{{ body[key] }}', model)).toBe(
      'x|Ada|Ada',
    );
    expect(render('{{ body.items.size }}|{{ body.items.first.id }}|{{ body.items.last.id }}', model)).toBe(
      '3|1|3',
    );
    expect(render('{{ body.name.size }}|{{ body.name.first }}|{{ body.name.last }}', model)).toBe('3|A|a');
    expect(render('{{ body.map.size }}', model)).toBe('2');
    expect(render('{{ ["key"] }}', model)).toBe('name');
  });

  it('prefers a real key over a pseudo-member, and brackets never mean a pseudo-member', () => {
    const model = { o: { size: 'big' }, a: [1, 2] };
    expect(render('{{ o.size }}|{{ a["size"] }}|{{ a.size }}', model)).toBe('big||2');
  });

  it('renders missing variables and members as nothing', () => {
    expect(render('[{{ nope }}][{{ body.a.b.c }}][{{ body[0] }}]', { body: 'text' })).toBe('[][][]');
    expect(render('[{{ list[5] }}][{{ list.name }}]', { list: [1] })).toBe('[][]');
  });

  it('does not reach into JavaScript prototypes', () => {
    expect(render('[{{ o.constructor }}][{{ o.toString }}][{{ a.length }}]', { o: {}, a: [1] })).toBe(
      '[][][]',
    );
  });

  it('renders arrays run together, objects as JSON, numbers as .NET prints them', () => {
    expect(render('{{ a }}', { a: ['x', 1, [true, null]] })).toBe('x1true');
    expect(render('{{ o }}', { o: { a: 1, b: [1, 'x'] } })).toBe('{"a":1,"b":[1,"x"]}');
    expect(render('{{ n }}|{{ m }}|{{ big }}', { n: 0.5, m: 1e-7, big: 1e21 })).toBe('0.5|1E-07|1E+21');
  });

  it('keeps text outside tags as written', () => {
    expect(render('a { b } {x} %} }}')).toBe('a { b } {x} %} }}');
  });
});

describe('whitespace control', () => {
  it('strips white space and line breaks on the side of a -', () => {
    expect(render('a  \n {{- "b" -}} \n  c')).toBe('abc');
    expect(render('a \n{%- assign x = 1 -%}\n b')).toBe('ab');
    expect(render('a {{ "b" -}}  c')).toBe('a bc');
    expect(render('<ul>\n  {%- for i in (1..2) %}\n  <li>{{ i }}</li>\n  {%- endfor %}\n</ul>')).toBe(
      '<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>',
    );
  });

  it('leaves white space alone without a -', () => {
    expect(render(' {{ "a" }} ')).toBe(' a ');
  });
});

describe('if, elsif, else, unless', () => {
  const model = { n: 5, s: 'hello', list: ['a', 'b'], yes: true, no: false, zero: 0, empty: '' };

  it('takes the first branch that holds', () => {
    const template = '{% if n > 10 %}big{% elsif n > 3 %}medium{% else %}small{% endif %}';
    expect(render(template, { n: 20 })).toBe('big');
    expect(render(template, { n: 5 })).toBe('medium');
    expect(render(template, { n: 1 })).toBe('small');
  });

  it("uses Liquid's truthiness: only false and nil are falsy", () => {
    expect(render('{% if zero %}0{% endif %}{% if empty %}e{% endif %}{% if no %}f{% endif %}', model)).toBe(
      '0e',
    );
    expect(render('{% if missing %}m{% else %}nil{% endif %}', model)).toBe('nil');
  });

  it('compares with ==, !=, <>, <, >, <=, >=', () => {
    const results = ['n == 5', 'n != 5', 'n <> 4', 'n < 5', 'n > 4', 'n <= 5', 'n >= 6', 's == "hello"'].map(
      (c) => render(`{% if ${c} %}T{% else %}F{% endif %}`, model),
    );
    expect(results.join('')).toBe('TFTFTTFT');
  });

  it('compares numbers with numeric strings and nil as false', () => {
    expect(
      render(
        '{% if n == "5" %}a{% endif %}{% if "5" == n %}b{% endif %}{% if n < "10" %}c{% endif %}',
        model,
      ),
    ).toBe('abc');
    expect(render('{% if missing < 1 %}a{% else %}b{% endif %}', model)).toBe('b');
    expect(render('{% if missing == nil %}a{% endif %}{% if nil == null %}b{% endif %}', model)).toBe('ab');
  });

  it('fails the render when values do not compare', () => {
    const { template } = parseLiquid('{% if list > 1 %}x{% endif %}');
    expect(() => renderLiquid(template!, model)).toThrow(LiquidRenderError);
    expect(() => renderLiquid(template!, model)).toThrow(/cannot compare an array/);
  });

  it('tests contains on strings and arrays', () => {
    expect(render('{% if s contains "ell" %}a{% endif %}{% if list contains "b" %}b{% endif %}', model)).toBe(
      'ab',
    );
    expect(render('{% if list contains "c" %}a{% else %}b{% endif %}', model)).toBe('b');
    expect(render('{% if nums contains 2 %}a{% endif %}', { nums: [1, 2] })).toBe('a');
  });

  it('tests empty and blank', () => {
    const values = { e: '', sp: '  ', a: [], o: {}, full: 'x' };
    expect(
      render(
        '{% if e == empty %}1{% endif %}{% if a == empty %}2{% endif %}{% if o == empty %}3{% endif %}' +
          '{% if full == empty %}4{% endif %}{% if sp == blank %}5{% endif %}{% if missing == blank %}6{% endif %}' +
          '{% if missing == empty %}7{% endif %}{% if full != blank %}8{% endif %}',
        values,
      ),
    ).toBe('123568');
  });

  it('evaluates and/or from the right', () => {
    // Liquid reads `a or b and c` as `a or (b and c)`, and `a and b or c` as `a and (b or c)`.
    expect(render('{% if true or false and false %}T{% else %}F{% endif %}')).toBe('T');
    expect(render('{% if false and false or true %}T{% else %}F{% endif %}')).toBe('F');
    expect(render('{% if true and true and n == 5 %}T{% endif %}', model)).toBe('T');
  });

  it('negates the condition of unless, with else and elsif', () => {
    expect(render('{% unless n == 5 %}a{% else %}b{% endunless %}', model)).toBe('b');
    expect(render('{% unless n == 4 %}a{% endunless %}', model)).toBe('a');
    expect(render('{% unless n == 5 %}a{% elsif n == 5 %}c{% endunless %}', model)).toBe('c');
  });

  it('nests', () => {
    expect(
      render('{% if n %}{% if s %}{% unless no %}deep{% endunless %}{% endif %}{% endif %}', model),
    ).toBe('deep');
  });
});

describe('case', () => {
  const template =
    '{% case x %}ignored{% when 1 %}one{% when 2, 3 %}two or three{% when "a" or "b" %}letter{% else %}other{% endcase %}';

  it('renders the matching when, else otherwise', () => {
    expect(render(template, { x: 1 })).toBe('one');
    expect(render(template, { x: 3 })).toBe('two or three');
    expect(render(template, { x: 'b' })).toBe('letter');
    expect(render(template, { x: 9 })).toBe('other');
    expect(render(template, { x: '2' })).toBe('two or three');
  });

  it('renders every matching when, once per matching value, as Liquid does', () => {
    expect(render('{% case 1 %}{% when 1 %}a{% when 1, 1 %}b{% endcase %}')).toBe('abb');
  });

  it('renders nothing without a match or else', () => {
    expect(render('{% case 5 %}{% when 1 %}a{% endcase %}')).toBe('');
  });
});

describe('for', () => {
  const model = { items: ['a', 'b', 'c', 'd', 'e'], none: [], n: 3, obj: { k: 'v', l: 'w' } };

  it('iterates arrays with forloop variables', () => {
    const template =
      '{% for x in items limit: 3 %}{{ forloop.index }}{{ forloop.index0 }}{{ forloop.rindex }}{{ forloop.rindex0 }}' +
      '{% if forloop.first %}F{% endif %}{% if forloop.last %}L{% endif %}{{ forloop.length }}{{ x }};{% endfor %}';
    expect(render(template, model)).toBe('1032F3a;2121' + '3b;3210L3c;');
    expect(render('{% for x in items limit: 1 %}{{ forloop.name }}{% endfor %}', model)).toBe('x-items');
  });

  it('applies limit, offset and reversed (after slicing), in any order', () => {
    expect(render('{% for x in items limit: 2 offset: 1 %}{{ x }}{% endfor %}', model)).toBe('bc');
    expect(render('{% for x in items offset:3 %}{{ x }}{% endfor %}', model)).toBe('de');
    expect(render('{% for x in items reversed %}{{ x }}{% endfor %}', model)).toBe('edcba');
    expect(render('{% for x in items limit: n reversed offset: 1 %}{{ x }}{% endfor %}', model)).toBe('dcb');
    expect(render('{% for x in items reversed limit: 2 %}{{ x }}{% endfor %}', model)).toBe('ba');
  });

  it('iterates ranges, also with variables', () => {
    expect(render('{% for i in (1..5) %}{{ i }}{% endfor %}')).toBe('12345');
    expect(render('{% for i in (0..n) %}{{ i }}{% endfor %}', model)).toBe('0123');
    expect(render('{% for i in (3..1) %}{{ i }}{% else %}none{% endfor %}')).toBe('none');
    expect(render('{% for i in (1..items.size) %}{{ i }}{% endfor %}', model)).toBe('12345');
  });

  it('renders else for an empty or missing collection', () => {
    expect(render('{% for x in none %}{{ x }}{% else %}empty{% endfor %}', model)).toBe('empty');
    expect(render('{% for x in missing %}{{ x }}{% else %}missing{% endfor %}', model)).toBe('missing');
    expect(render('{% for x in items offset: 10 %}{{ x }}{% else %}past{% endfor %}', model)).toBe('past');
  });

  it('iterates objects as [key, value] pairs and strings as characters', () => {
    expect(render('{% for p in obj %}{{ p[0] }}={{ p[1] }};{% endfor %}', model)).toBe('k=v;l=w;');
    expect(render('{% for p in obj %}{{ p.first }}={{ p.last }};{% endfor %}', model)).toBe('k=v;l=w;');
    expect(render('{% for c in "abc" %}{{ c }}-{% endfor %}')).toBe('a-b-c-');
  });

  it('breaks and continues, also from inside if', () => {
    expect(
      render(
        '{% for i in (1..10) %}{% if i == 2 %}{% continue %}{% endif %}{% if i > 4 %}{% break %}{% endif %}{{ i }}{% endfor %}',
      ),
    ).toBe('134');
  });

  it('breaks only the innermost loop', () => {
    expect(
      render(
        '{% for i in (1..3) %}{% for j in (1..3) %}{% if j == 2 %}{% break %}{% endif %}{{ i }}{{ j }} {% endfor %}{% endfor %}',
      ),
    ).toBe('11 21 31 ');
  });

  it('scopes the loop variable and forloop to the loop, but not assigns', () => {
    expect(
      render(
        '{% assign x = "out" %}{% for x in (1..2) %}{% assign last = x %}{% endfor %}{{ x }}|{{ last }}|{{ forloop.index }}',
      ),
    ).toBe('out|2|');
  });

  it('nests loops with their own forloop', () => {
    expect(
      render(
        '{% for a in (1..2) %}{% for b in (1..2) %}{{ forloop.index }}{% endfor %}{{ forloop.index }};{% endfor %}',
      ),
    ).toBe('121;122;');
  });

  it('fails the render on a range it cannot build', () => {
    const { template } = parseLiquid('{% for i in (1..x) %}{% endfor %}');
    expect(() => renderLiquid(template!, { x: 'many' })).toThrow(/range end must be a number/);
    expect(() => renderLiquid(template!, { x: 1e9 })).toThrow(LiquidRenderError);
  });
});

describe('assign and capture', () => {
  it('assigns values with filters, visible after the tag', () => {
    expect(
      render('{% assign name = body.name | Upcase | Append: "!" %}{{ name }}', { body: { name: 'ada' } }),
    ).toBe('ADA!');
    expect(render('{% assign n = 2.0 %}{{ 7 | DividedBy: n }}')).toBe('3.5');
  });

  it('shadows the model', () => {
    expect(render('{% assign body = "mine" %}{{ body }}', { body: 'model' })).toBe('mine');
  });

  it('captures rendered text', () => {
    expect(
      render('{% capture greeting %}Hello {{ who }}!{% endcapture %}[{{ greeting }}]', { who: 'you' }),
    ).toBe('[Hello you!]');
    expect(render('{% capture "quoted" %}x{% endcapture %}{{ quoted }}')).toBe('x');
  });
});

describe('comment and raw', () => {
  it('drops comments, nested ones too, and what they hold', () => {
    expect(render('a{% comment %}b {% if %} {% include "x" %}{% endcomment %}c')).toBe('ac');
    expect(render('a{% comment %}1{% comment %}2{% endcomment %}3{% endcomment %}b')).toBe('ab');
    expect(render('a\n{%- comment -%} x {%- endcomment -%}\nb')).toBe('ab');
  });

  it('keeps raw content as written', () => {
    expect(render('{% raw %}{{ not.parsed }} {% if %}{% endraw %}')).toBe('{{ not.parsed }} {% if %}');
    expect(render('a {%- raw %} {{x}} {% endraw -%} b')).toBe('a {{x}} b');
  });
});

describe('renderLiquid', () => {
  it('renders one parsed template many times with different models', () => {
    const { template } = parseLiquid('Hi {{ name }}');
    expect(renderLiquid(template!, { name: 'a' })).toBe('Hi a');
    expect(renderLiquid(template!, { name: 'b' })).toBe('Hi b');
  });

  it('reports an unknown time zone as a render error', () => {
    const { template } = parseLiquid('{{ "now" | Date: "yyyy" }}');
    expect(() => renderLiquid(template!, {}, { timeZone: 'Mars/Olympus' })).toThrow(/Unknown time zone/);
  });
});
