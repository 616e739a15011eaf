import { describe, expect, it } from 'vitest';
import { runRuleOnText } from '../../run-rule.js';
import { rule } from './rule.js';

const inInbound = (policies: string) => `<policies>\n  <inbound>\n${policies}\n  </inbound>\n</policies>`;

function found(text: string) {
  return runRuleOnText(rule, text).map((diagnostic) => [diagnostic.data?.name, diagnostic.loc.start.line]);
}

describe('unreachable-branch: branches after an always-true <when>', () => {
  it.each([
    ['@(true)'],
    ['true'],
    ['True'],
    ['@(!false)'],
    ['@(true || context.Request.Method == "GET")'],
    ['@(context.Request.Method == "GET" || true)'],
    ['@{ return true; }'],
  ])('reports the branches after condition="%s"', (condition) => {
    const text = inInbound(`    <choose>
      <when condition="${condition.replaceAll('"', '&quot;')}"><set-variable name="a" value="1" /></when>
      <when condition="@(context.Request.Method == &quot;GET&quot;)"><set-variable name="a" value="2" /></when>
      <otherwise><set-variable name="a" value="3" /></otherwise>
    </choose>`);
    const diagnostics = runRuleOnText(rule, text);
    expect(diagnostics.map((d) => [d.data?.name, d.loc.start.line, d.loc.start.column])).toEqual([
      ['when', 5, 6],
      ['otherwise', 6, 6],
    ]);
    expect(diagnostics[0]?.message).toBe(
      'This <when> never runs: the <when> on line 4 before it has a condition that is always true',
    );
  });

  it.each([
    ['@(false)'],
    ['false'],
    ['@(context.Request.Method == "GET")'],
    ['@(true && context.Request.Method == "GET")'],
    ['@{ if (context.Request.Method == "GET") { return true; } return false; }'],
  ])('says nothing after condition="%s"', (condition) => {
    const text = inInbound(`    <choose>
      <when condition="${condition.replaceAll('"', '&quot;')}"><set-variable name="a" value="1" /></when>
      <otherwise><set-variable name="a" value="3" /></otherwise>
    </choose>`);
    expect(found(text)).toEqual([]);
  });

  it('says nothing when the always-true <when> is the last branch', () => {
    const text = inInbound(
      '    <choose><when condition="@(true)"><set-variable name="a" value="1" /></when></choose>',
    );
    expect(found(text)).toEqual([]);
  });

  it('checks nested <choose> elements on their own', () => {
    const text = inInbound(`    <choose>
      <when condition="@(context.Request.Method == &quot;GET&quot;)">
        <choose>
          <when condition="@(true)" />
          <otherwise />
        </choose>
      </when>
      <otherwise />
    </choose>`);
    expect(found(text)).toEqual([['otherwise', 7]]);
  });

  it('says nothing for a condition with errors', () => {
    const text = inInbound(`    <choose>
      <when condition="@(nope)" />
      <otherwise />
    </choose>`);
    expect(found(text)).toEqual([]);
  });
});

describe('unreachable-branch: policies after <return-response> or <mock-response>', () => {
  it('reports every policy after <return-response> in the same list', () => {
    const text =
      inInbound(`    <return-response><set-status code="401" reason="Unauthorized" /></return-response>
    <base />
    <set-header name="x" exists-action="delete" />`);
    const diagnostics = runRuleOnText(rule, text);
    expect(diagnostics.map((d) => [d.data?.name, d.loc.start.line])).toEqual([
      ['base', 4],
      ['set-header', 5],
    ]);
    expect(diagnostics[0]?.message).toBe(
      "'<base>' never runs: the <return-response> on line 3 before it ends the request's processing",
    );
  });

  it('reports after <mock-response> and inside <when>, <retry> and fragments', () => {
    const when = inInbound(`    <choose><when condition="@(context.Request.Method == &quot;GET&quot;)">
      <mock-response status-code="200" content-type="application/json" />
      <set-variable name="a" value="1" />
    </when></choose>`);
    expect(found(when)).toEqual([['set-variable', 5]]);
    const fragment = `<fragment>
  <return-response><set-status code="200" /></return-response>
  <set-variable name="a" value="1" />
</fragment>`;
    expect(found(fragment)).toEqual([['set-variable', 3]]);
  });

  it('does not look past the list: policies after the enclosing <choose> may still run', () => {
    const text = inInbound(`    <choose>
      <when condition="@(context.Request.Method == &quot;GET&quot;)">
        <return-response><set-status code="200" /></return-response>
      </when>
    </choose>
    <base />`);
    expect(found(text)).toEqual([]);
  });

  it('ignores comments after <return-response>, and its own children', () => {
    const text = inInbound(`    <return-response>
      <set-status code="200" />
      <set-header name="a" exists-action="override"><value>b</value></set-header>
    </return-response>
    <!-- done -->`);
    expect(found(text)).toEqual([]);
  });
});
