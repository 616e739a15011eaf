import { policySpecs } from '@apim-policy/engine';
import { describe, expect, it } from 'vitest';
import { runRuleOnText } from '../../run-rule.js';
import { rule } from './rule.js';
import { VARIABLE_WRITERS } from './variable-writes.js';

const inbound = (policies: string) => `<policies>\n  <inbound>\n${policies}\n  </inbound>\n</policies>`;
const header = (expression: string) =>
  `    <set-header name="x" exists-action="override"><value>${expression}</value></set-header>`;

function names(text: string) {
  return runRuleOnText(rule, text).map((diagnostic) => diagnostic.data?.name);
}

describe('variable-never-set', () => {
  it.each([
    ['@((string)context.Variables["userId"])'],
    ['@(context.Variables["userId"].ToString())'],
    ['@(context.Variables.GetValueOrDefault<string>("userId"))'],
    ['@(context.Variables.GetValueOrDefault<string>("userId", "none"))'],
    ['@((string)context.Variables.GetValueOrDefault("userId"))'],
    ['@{ var id = (string)context.Variables["userId"]; return id; }'],
  ])('reports the read in %s at the name', (expression) => {
    const text = inbound(header(expression));
    const [diagnostic, ...rest] = runRuleOnText(rule, text);
    expect(rest).toEqual([]);
    expect(diagnostic?.message).toBe(
      "The variable 'userId' is read but never set in this document. If a broader scope or a fragment sets it, disable this finding on this line",
    );
    expect(text.slice(diagnostic!.range[0], diagnostic!.range[1])).toBe('"userId"');
    expect(diagnostic?.loc.start.line).toBe(3);
  });

  it('suggests a set name that is close', () => {
    const text = inbound(
      `    <set-variable name="userId" value="a" />\n${header('@((string)context.Variables["userid"])')}`,
    );
    expect(runRuleOnText(rule, text)[0]?.message).toContain("(did you mean 'userId'?)");
  });

  it('accepts a variable set by <set-variable>, before or after the read', () => {
    const text = inbound(
      `${header('@((string)context.Variables["a"])')}\n    <set-variable name="a" value="1" />`,
    );
    expect(names(text)).toEqual([]);
  });

  it.each([
    [
      '<send-request mode="new" response-variable-name="r"><set-url>https://a.example</set-url></send-request>',
    ],
    ['<cache-lookup-value key="k" variable-name="r" />'],
    [
      '<validate-jwt header-name="Authorization" output-token-variable-name="r"><issuer-signing-keys><key>a</key></issuer-signing-keys></validate-jwt>',
    ],
    ['<authentication-managed-identity resource="https://a.example" output-token-variable-name="r" />'],
    ['<rate-limit calls="5" renewal-period="60" remaining-calls-variable-name="r" />'],
  ])('accepts a variable set by %s', (policy) => {
    expect(names(inbound(`    ${policy}\n${header('@(context.Variables["r"].ToString())')}`))).toEqual([]);
  });

  it('does not count <return-response response-variable-name>, which reads a variable', () => {
    const text = inbound(
      `${header('@(context.Variables["r"].ToString())')}\n    <return-response response-variable-name="r" />`,
    );
    expect(names(text)).toEqual(['r']);
  });

  it('does not report ContainsKey and TryGetValue, the ways to read an optional variable', () => {
    const text = inbound(
      header('@(context.Variables.ContainsKey("a") ? "1" : "0")') +
        '\n' +
        header('@{ object v; return context.Variables.TryGetValue("b", out v) ? "1" : "0"; }'),
    );
    expect(names(text)).toEqual([]);
  });

  it('does not report reads of a variable the document tests for', () => {
    const text = inbound(
      header('@(context.Variables.ContainsKey("a") ? (string)context.Variables["a"] : "none")') +
        '\n' +
        header(
          '@{ object v; return context.Variables.TryGetValue("b", out v) ? (string)v : context.Variables.GetValueOrDefault<string>("b", ""); }',
        ) +
        '\n' +
        header('@((string)context.Variables["c"])'),
    );
    expect(names(text)).toEqual(['c']);
  });

  it('ignores reads of other dictionaries and names that are not literals', () => {
    const text = inbound(
      header('@(context.Request.Headers.GetValueOrDefault("a", ""))') +
        '\n' +
        header('@{ var n = "a"; return (string)context.Variables[n]; }'),
    );
    expect(names(text)).toEqual([]);
  });

  it('ignores names filled in by named values or placeholders', () => {
    expect(names(inbound(header('@((string)context.Variables["{{name}}"])')))).toEqual([]);
    expect(names(inbound(header('@((string)context.Variables["#{Name}#"])')))).toEqual([]);
  });

  it('says nothing when the document includes a fragment, which may set any variable', () => {
    const read = header('@((string)context.Variables["callerId"])');
    expect(names(inbound(`    <include-fragment fragment-id="extract-caller-id" />\n${read}`))).toEqual([]);
    expect(names(inbound(read))).toEqual(['callerId']);
  });

  it('says nothing in a fragment, which reads the variables of the policies including it', () => {
    const read = header('@((string)context.Variables["callerId"])');
    expect(names(`<fragment>\n${read}\n</fragment>`)).toEqual([]);
  });

  it('says nothing for expressions with errors', () => {
    expect(names(inbound(header('@((string)context.Variables["a"] + nope)')))).toEqual([]);
  });

  it('reports each read', () => {
    const text = inbound(
      `${header('@((string)context.Variables["a"])')}\n${header('@((string)context.Variables["b"])')}`,
    );
    expect(names(text)).toEqual(['a', 'b']);
  });

  it('knows every attribute of the catalog that names a variable a policy sets', () => {
    const inCatalog = new Set<string>();
    const visit = (owner: string, spec: { attributes: readonly { name: string }[]; children?: unknown }) => {
      for (const attribute of spec.attributes)
        if (attribute.name.endsWith('variable-name') && owner !== 'return-response')
          inCatalog.add(`${owner} ${attribute.name}`);
      const children = spec.children as { kind: string; elements?: readonly object[] } | undefined;
      for (const child of children?.kind === 'elements' ? (children.elements ?? []) : [])
        if ('attributes' in child) visit(owner, child as { attributes: readonly { name: string }[] });
    };
    for (const spec of policySpecs) visit(spec.name, spec);
    inCatalog.add('set-variable name');
    const known = Object.entries(VARIABLE_WRITERS).flatMap(([policy, attributes]) =>
      attributes.map((attribute) => `${policy} ${attribute}`),
    );
    expect(new Set(known)).toEqual(inCatalog);
  });
});
