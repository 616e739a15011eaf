import { describe, expect, it } from 'vitest';
import { runRuleOnText } from '../../run-rule.js';
import { rule } from './rule.js';

const withoutBase = `<policies>
  <inbound>
    <set-header name="x-a" exists-action="override"><value>a</value></set-header>
  </inbound>
  <backend><base /></backend>
  <outbound />
  <on-error><base /></on-error>
</policies>`;

describe('missing-base', () => {
  it('reports each section without <base/> at its start tag', () => {
    const found = runRuleOnText(rule, withoutBase, { scope: 'api' });
    expect(found.map((diagnostic) => [diagnostic.data?.section, diagnostic.loc.start])).toEqual([
      ['inbound', { line: 2, column: 2 }],
      ['outbound', { line: 6, column: 2 }],
    ]);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toContain('scopes above this api do not run');
    expect(found[0]?.range).toEqual([13, 22]);
  });

  it.each(['operation', 'product', 'workspace'] as const)('applies at the %s scope', (scope) => {
    expect(runRuleOnText(rule, withoutBase, { scope })).toHaveLength(2);
  });

  it('says nothing at the global scope, which has nothing above it', () => {
    expect(runRuleOnText(rule, withoutBase, { scope: 'global' })).toEqual([]);
  });

  it('says nothing when the scope is unknown', () => {
    expect(runRuleOnText(rule, withoutBase)).toEqual([]);
  });

  it('accepts <base/> anywhere among the section’s direct children', () => {
    const text = `<policies>
  <inbound><set-variable name="a" value="1" /><base /></inbound>
  <backend><base /></backend>
  <outbound><base /><set-header name="x" exists-action="delete" /></outbound>
  <on-error><base /></on-error>
</policies>`;
    expect(runRuleOnText(rule, text, { scope: 'operation' })).toEqual([]);
  });

  it('does not count a <base/> nested inside another policy', () => {
    const text = `<policies>
  <inbound><choose><when condition="@(true)"><base /></when></choose></inbound>
</policies>`;
    expect(runRuleOnText(rule, text, { scope: 'api' }).map((d) => d.data?.section)).toEqual(['inbound']);
  });

  it('does not report sections that are absent', () => {
    const text = '<policies><inbound><base /></inbound></policies>';
    expect(runRuleOnText(rule, text, { scope: 'api' })).toEqual([]);
  });

  it('ignores fragments, which cannot hold <base/>', () => {
    const text = '<fragment><set-variable name="a" value="1" /></fragment>';
    expect(runRuleOnText(rule, text, { scope: 'api' })).toEqual([]);
  });
});
