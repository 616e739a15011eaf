import { describe, expect, it } from 'vitest';
import { lintPolicy } from './lint-policy.js';

const apiPolicy = `<policies>
  <inbound>
    <set-header name="x-backend" exists-action="override"><value>{{backend-key}}</value></set-header>
    <set-variable name="a" value="1" colour="red" />
  </inbound>
  <backend><base /></backend>
  <outbound><base /></outbound>
</policies>`;

describe('lintPolicy', () => {
  it('reports the engine’s diagnostics with their code as rule, and the rules’ findings, in file order', () => {
    const result = lintPolicy(apiPolicy, { file: 'artifacts/apis/echo/policy.xml' });
    expect(result.diagnostics.map((d) => [d.rule, d.severity, d.loc.start.line, d.loc.start.column])).toEqual(
      [
        ['missing-base', 'warning', 2, 2],
        ['unresolved-named-value', 'warning', 3, 65],
        ['unknown-attribute', 'error', 4, 37],
      ],
    );
    expect(result).toMatchObject({
      file: 'artifacts/apis/echo/policy.xml',
      errorCount: 1,
      warningCount: 2,
      infoCount: 0,
    });
    for (const diagnostic of result.diagnostics) expect(diagnostic.code).toBe(diagnostic.rule);
  });

  it('fills in named values it is given', () => {
    const result = lintPolicy(apiPolicy, { scope: 'api', namedValues: { 'backend-key': 'k' } });
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['missing-base', 'unknown-attribute']);
  });

  it('takes the scope from the options before the file name, and runs scope rules only when it is known', () => {
    expect(
      lintPolicy(apiPolicy, { file: 'artifacts/apis/echo/policy.xml', scope: 'global' }).diagnostics.map(
        (d) => d.rule,
      ),
    ).not.toContain('missing-base');
    expect(lintPolicy(apiPolicy).diagnostics.map((d) => d.rule)).not.toContain('missing-base');
  });

  it('checks the scope of policies (the engine’s scope rules)', () => {
    const text = '<policies><inbound><base /></inbound></policies>';
    expect(lintPolicy(text, { scope: 'global' }).diagnostics.map((d) => d.rule)).toEqual([
      'base-at-global-scope',
    ]);
  });

  it('applies settings: a new severity, or off', () => {
    const result = lintPolicy(apiPolicy, {
      scope: 'api',
      rules: { 'missing-base': 'error', 'unknown-attribute': 'off', 'unresolved-named-value': 'info' },
    });
    expect(result.diagnostics.map((d) => [d.rule, d.severity])).toEqual([
      ['missing-base', 'error'],
      ['unresolved-named-value', 'info'],
    ]);
    expect(result).toMatchObject({ errorCount: 1, warningCount: 0, infoCount: 1 });
  });

  describe('fragments', () => {
    const text = `<policies>
  <inbound>
    <include-fragment fragment-id="auth" />
    <include-fragment fragment-id="cors" />
    <include-fragment fragment-id="{{tenant}}-limits" />
  </inbound>
</policies>`;

    it('reports an id that is not a known fragment, at the attribute value', () => {
      for (const fragments of [new Set(['auth']), new Map([['auth', '<fragment />']])]) {
        const unknown = lintPolicy(text, { fragments }).diagnostics.filter(
          (d) => d.rule === 'unknown-fragment',
        );
        expect(unknown.map((d) => [d.message, d.severity, text.slice(d.range[0], d.range[1])])).toEqual([
          ["No policy fragment has the id 'cors'", 'error', 'cors'],
        ]);
      }
    });

    it('checks ids once their named values are filled in', () => {
      const unknown = lintPolicy(text, {
        fragments: new Set(['auth', 'cors']),
        namedValues: { tenant: 'a' },
      }).diagnostics.filter((d) => d.rule === 'unknown-fragment');
      expect(unknown.map((d) => d.data?.id)).toEqual(['a-limits']);
    });

    it('checks nothing when the fragments are not known', () => {
      expect(lintPolicy(text).diagnostics.map((d) => d.rule)).not.toContain('unknown-fragment');
    });
  });

  it('checks a template around its deployment placeholders when asked', () => {
    const text = `<policies>
  <inbound>
    <rate-limit calls="\${calls}" renewal-period="60" />
    <set-header name="x" exists-action="override"><value>@("#{Env}#")</value></set-header>
  </inbound>
</policies>`;
    expect(lintPolicy(text).diagnostics.map((d) => [d.rule, d.severity])).toEqual([
      ['invalid-attribute-value', 'error'],
      ['deployment-placeholder', 'info'],
    ]);
    expect(lintPolicy(text, { templatePlaceholders: true }).diagnostics.map((d) => d.rule)).toEqual([
      'deployment-placeholder',
    ]);
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', '<policies', '<<<', '<policies><inbound>@(</inbound></policies>', '\u0000'])
      expect(lintPolicy(text, { scope: 'api', fragments: new Set() }).errorCount).toBeGreaterThan(0);
  });
});
