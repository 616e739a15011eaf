import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Node } from '../ast/nodes.js';
import { walk } from '../ast/traverse.js';
import { type DiagnosticCode, messages } from '../diagnostics/messages.js';
import { LineMap } from '../source/line-map.js';
import { parseExpression } from './parse.js';

/** Pieces of C#, and of broken C#, to build inputs from. */
const fragments = [
  '@(',
  '@{',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '{{',
  '}}',
  ';',
  ',',
  '.',
  '?.',
  '?',
  ':',
  '::',
  '=>',
  '=',
  '==',
  '!=',
  '<',
  '>',
  '>>',
  '>=',
  '<=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '&&',
  '||',
  '!',
  '~',
  '^',
  '&',
  '|',
  '??',
  '??=',
  '++',
  '--',
  '..',
  'x',
  'y1',
  '_',
  '@class',
  'var',
  'int',
  'string',
  'new',
  'is',
  'as',
  'if',
  'else',
  'return',
  'switch',
  'case',
  'default',
  'when',
  'not',
  'from',
  'in',
  'select',
  'out',
  'ref',
  'this',
  'typeof',
  'null',
  'true',
  '0',
  '1.5',
  '0x1F',
  '1_000UL',
  '2e10f',
  '"s"',
  '"unterminated',
  "'c'",
  "'",
  '"\\q"',
  '@"v""x"',
  '$"a{b}c"',
  '$"{',
  '$@"{x,5:N2}"',
  '"""raw"""',
  '{{nv}}',
  '// c\n',
  '/* c */',
  '/*',
  '\n',
  ' ',
  '\t',
  '#',
  '`',
  'List<int>',
  'F<A>(',
  '(int)',
  'x =>',
  '(a, b) =>',
  'é',
  '😀',
];

const fromFragments = fc
  .array(fc.constantFrom(...fragments), { maxLength: 40 })
  .map((parts) => parts.join(''));
const arbitraryText = fc.oneof(
  fromFragments,
  fc.string({ maxLength: 60, unit: 'binary' }),
  fc.string({ maxLength: 60 }),
);

const samples = [
  '@(context.Request.Certificate == null || !context.Request.Certificate.Verify())',
  '@{ var x = context.Variables.GetValueOrDefault<string>("k", ""); return $"{x}:{x.Length,3:D2}"; }',
  '@(context.Deployment.Certificates.Any(c => c.Value.Thumbprint == context.Request.Certificate.Thumbprint))',
  '@{ try { return ((JObject)context.Variables["b"])["a"].Value<int>(); } catch (Exception e) when (e != null) { return 0; } }',
  '@(new JObject(new JProperty("a", new[] { 1, 2 }), new JProperty("b", new { c = (string)null })).ToString())',
  '@{ foreach (var (k, v) in d) { switch (k) { case "a": break; default: continue; } } return x is string s ? s : ""; }',
];

/** Applies random edits: deletions, insertions of fragments, duplications. */
const mutated = fc
  .tuple(
    fc.constantFrom(...samples),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.constantFrom('', ...fragments)), {
      minLength: 1,
      maxLength: 5,
    }),
  )
  .map(([text, edits]) =>
    edits.reduce((current, [at, length, insert]) => {
      const start = at % (current.length + 1);
      return current.slice(0, start) + insert + current.slice(start + length);
    }, text),
  );

/** Checks the guarantees of `parseExpression` on one input. */
function checkInvariants(input: string): void {
  const { ast, diagnostics } = parseExpression(input);
  const lines = new LineMap(input);
  expect(diagnostics.filter((d) => d.code === 'internal-error')).toEqual([]);
  for (const d of diagnostics) {
    expect(d.range[0]).toBeGreaterThanOrEqual(0);
    expect(d.range[0]).toBeLessThanOrEqual(d.range[1]);
    expect(d.range[1]).toBeLessThanOrEqual(input.length);
    expect(d.loc.start).toEqual(lines.position(d.range[0]));
    expect(d.loc.end).toEqual(lines.position(d.range[1]));
    for (const [, name] of messages[d.code as DiagnosticCode].text.matchAll(/\{(\w+)\}/g)) {
      expect(d.data?.[name!], `${d.code} needs ${name}`).toBeDefined();
    }
  }
  walk(ast, {
    enter: (node: Node) => {
      expect(node.range[0]).toBeGreaterThanOrEqual(0);
      expect(node.range[0]).toBeLessThanOrEqual(node.range[1]);
      expect(node.range[1]).toBeLessThanOrEqual(input.length);
      expect(node.loc.start).toEqual(lines.position(node.range[0]));
    },
  });
}

describe('parseExpression on arbitrary input', () => {
  it('never throws, never fails internally, and keeps every span inside the input', () => {
    fc.assert(
      fc.property(arbitraryText, (input) => checkInvariants(input)),
      { numRuns: 3000 },
    );
  });

  it('does the same on mutations of real policy expressions', () => {
    fc.assert(
      fc.property(mutated, (input) => checkInvariants(input)),
      { numRuns: 3000 },
    );
  });

  it('reports an error for every input that is not a well-formed expression', () => {
    fc.assert(
      fc.property(mutated, (input) => {
        const { ast, diagnostics } = parseExpression(input);
        let hasErrorNode = false;
        walk(ast, {
          enter: (node: Node) => {
            if (node.type === 'ErrorNode') hasErrorNode = true;
          },
        });
        if (hasErrorNode) expect(diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
