import { describe, expect, it } from 'vitest';
import { describeRule, hasDiagnosticPage, lintText } from './run-lint.js';

const BAD = '<policies><inbound>\n<set-header name="x" exists-action="never" />\n</inbound></policies>';
const BASE = { file: 'a.xml', templatePlaceholders: false, scope: 'global' } as const;

describe('lintText', () => {
  it('reports the engine diagnostics with their code as rule, severities from the settings', () => {
    expect(lintText(BAD, { ...BASE, rules: {} }).diagnostics.map((d) => `${d.severity} ${d.rule}`)).toEqual([
      'error invalid-attribute-value',
    ]);
    expect(
      lintText(BAD, { ...BASE, rules: { 'invalid-attribute-value': 'info' } }).diagnostics[0]?.severity,
    ).toBe('info');
    expect(lintText(BAD, { ...BASE, rules: { 'invalid-attribute-value': 'off' } }).diagnostics).toEqual([]);
  });

  it('checks include-fragment ids against the fragments given', () => {
    const text = '<policies><inbound><include-fragment fragment-id="cors" /></inbound></policies>';
    expect(lintText(text, { ...BASE, rules: {} }).diagnostics).toEqual([]);
    expect(lintText(text, { ...BASE, rules: {}, fragments: { cors: '<fragment />' } }).diagnostics).toEqual(
      [],
    );
    expect(lintText(text, { ...BASE, rules: {}, fragments: {} }).diagnostics.map((d) => d.rule)).toEqual([
      'unknown-fragment',
    ]);
  });
});

describe('describeRule', () => {
  it('describes lint rules and engine codes', () => {
    expect(describeRule('missing-base')).toMatchObject({ kind: 'rule', defaultSeverity: expect.any(String) });
    expect(describeRule('invalid-attribute-value')).toMatchObject({
      kind: 'diagnostic',
      defaultSeverity: 'error',
    });
    expect(describeRule('unused-disable-comment')).toMatchObject({
      kind: 'diagnostic',
      defaultSeverity: 'info',
    });
    expect(hasDiagnosticPage('name-not-found')).toBe(true);
    expect(hasDiagnosticPage('invalid-attribute-value')).toBe(false);
  });
});
