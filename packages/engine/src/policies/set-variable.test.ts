import { dotnetTypeNameOf } from '@apim-policy/expressions';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';

const url = 'https://contoso.azure-api.net/echo/resource';

async function variables(policies: string): Promise<Readonly<Record<string, unknown>>> {
  const policy = compilePolicy(`<policies><inbound>${policies}</inbound></policies>`);
  expect(policy.diagnostics).toEqual([]);
  return (await policy.run({ url, headers: { 'Content-Type': 'application/json' }, body: '{"a":1}' }))
    .variables;
}

describe('set-variable', () => {
  it('stores a literal as a string, whatever it looks like', async () => {
    expect(
      await variables(`<set-variable name="text" value="hello" />
        <set-variable name="number" value="42" />
        <set-variable name="flag" value="true" />
        <set-variable name="empty" value="" />`),
    ).toEqual({ text: 'hello', number: '42', flag: 'true', empty: '' });
  });

  it('stores the object an expression gives: bool, int, string, JObject', async () => {
    const stored = await variables(`<set-variable name="bool" value="@(1 &lt; 2)" />
      <set-variable name="int" value="@(6 * 7)" />
      <set-variable name="string" value="@(&quot;x&quot; + 1)" />
      <set-variable name="json" value="@(context.Request.Body.As&lt;JObject&gt;(preserveContent: true))" />
      <set-variable name="kinds" value="@(context.Variables[&quot;bool&quot;] is bool &amp;&amp; context.Variables[&quot;int&quot;] is int &amp;&amp; context.Variables[&quot;string&quot;] is string &amp;&amp; context.Variables[&quot;json&quot;] is JObject)" />
      <set-variable name="not-string" value="@(context.Variables[&quot;int&quot;] is string)" />
      <set-variable name="a" value="@((int)((JObject)context.Variables[&quot;json&quot;])[&quot;a&quot;] + 1)" />`);
    expect(stored).toMatchObject({
      bool: true,
      int: 42,
      string: 'x1',
      kinds: true,
      'not-string': false,
      a: 2,
    });
    expect(dotnetTypeNameOf(stored.json)).toBe('Newtonsoft.Json.Linq.JObject');
    expect(dotnetTypeNameOf(stored.int)).toBe('System.Int32');
  });

  it('a later write overwrites; the value is visible to later sections', async () => {
    const policy = compilePolicy(
      `<policies>
        <inbound><set-variable name="v" value="first" /><set-variable name="v" value="@((string)context.Variables[&quot;v&quot;] + &quot;-second&quot;)" /></inbound>
        <backend><forward-request /></backend>
        <outbound><set-variable name="seen" value="@(context.Variables.GetValueOrDefault&lt;string&gt;(&quot;v&quot;))" /></outbound>
      </policies>`,
      { defaultGlobal: false, services: { backend: () => ({ status: 200 }) } },
    );
    expect((await policy.run({ url })).variables).toEqual({ v: 'first-second', seen: 'first-second' });
  });

  it('an expression that throws leaves the variable unset and goes to on-error', async () => {
    const policy = compilePolicy(
      `<policies><inbound><set-variable name="v" value="@(((string)null).Length)" /></inbound>
       <on-error><set-variable name="source" value="@(context.LastError.Source)" /></on-error></policies>`,
    );
    expect((await policy.run({ url })).variables).toEqual({ source: 'set-variable' });
  });

  it('records the value in the trace', async () => {
    const policy = compilePolicy(
      '<policies><inbound><set-variable name="n" value="@(1 + 1)" /></inbound></policies>',
    );
    const outcome = await policy.run({ url });
    expect(outcome.trace.find((entry) => entry.policy === 'set-variable')).toMatchObject({
      detail: 'variable n = 2',
      data: { name: 'n', value: 2 },
    });
  });
});
