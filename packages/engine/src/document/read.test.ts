import { checkExpression } from '@apim-policy/expressions';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPolicyDocument } from './read.js';

describe('readPolicyDocument', () => {
  it('maps expression positions through XML references', () => {
    const text = '<set-header name="a">\n  <value>@(&quot;x&quot; + nope)</value>\n</set-header>';
    const { document, diagnostics } = readPolicyDocument(text);
    expect(diagnostics).toEqual([]);
    const [site] = document.expressions;
    expect(site!.expression.text).toBe('@("x" + nope)');
    const [error] = checkExpression(site!.expression.text, { mapper: site!.expression.mapper }).diagnostics;
    expect(error!.code).toBe('name-not-found');
    expect(text.slice(error!.range[0], error!.range[1])).toBe('nope');
    expect(error!.loc.start).toEqual({ line: 2, column: 27 });
  });

  it('maps positions after a substituted named value to the file', () => {
    const text = '<set-variable name="v" value="@("{{long-name}}" + nope)" />';
    const { document } = readPolicyDocument(text, { namedValues: { 'long-name': 'x' } });
    const expression = document.expressions[0]!.expression;
    expect(expression.text).toBe('@("x" + nope)');
    const [error] = checkExpression(expression.text, { mapper: expression.mapper }).diagnostics;
    expect(text.slice(error!.range[0], error!.range[1])).toBe('nope');
    expect(expression.mapper(3).offset).toBe(text.indexOf('{{'));
  });

  it('reads the roots: policies, fragment, snippet', () => {
    expect(readPolicyDocument('<policies><inbound/><outbound/></policies>').document.kind).toBe('policies');
    expect(readPolicyDocument('<fragment><base/></fragment>').document.kind).toBe('fragment');
    const snippet = readPolicyDocument('<set-status code="200"/><trace source="x"/>').document;
    expect(snippet.kind).toBe('snippet');
    expect(snippet.policies.map((policy) => policy.name)).toEqual(['set-status', 'trace']);
  });

  it('reports a named value as an error when running and a warning when checking', () => {
    const text = '<set-variable name="v" value="{{x}}" />';
    expect(readPolicyDocument(text, { mode: 'run' }).diagnostics.map((d) => d.severity)).toEqual(['error']);
    expect(readPolicyDocument(text).diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });

  it('never throws, whatever the input', () => {
    const pieces = fc.constantFrom(
      '<policies>',
      '</policies>',
      '<inbound>',
      '</inbound>',
      '<set-body>',
      '</set-body>',
      '<set-header name="a">',
      '<value>',
      '</value>',
      '="',
      '"',
      "'",
      '@(',
      '@{',
      ')',
      '}',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '&quot;',
      '&',
      '{{nv}}',
      '\u0024{x}',
      '<?xml ?>',
      '/>',
      '>',
      '<',
      '\n',
    );
    const documents = fc.oneof(
      fc.string(),
      fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 }))).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(documents, (text) => {
        const { document, diagnostics } = readPolicyDocument(text, {
          namedValues: { nv: '@(1)' },
          placeholders: true,
        });
        for (const diagnostic of diagnostics) {
          expect(diagnostic.range[0]).toBeGreaterThanOrEqual(0);
          expect(diagnostic.range[1]).toBeLessThanOrEqual(text.length);
        }
        for (const site of document.expressions)
          expect(site.expression.range[1]).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});
