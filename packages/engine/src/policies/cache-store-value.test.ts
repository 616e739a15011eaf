import { toDotnetString } from '@apim-policy/expressions';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';

const url = 'https://contoso.azure-api.net/echo/resource';
const T0 = Date.UTC(2025, 0, 1);

describe('cache-store-value', () => {
  it('stores a value for duration seconds by the run clock; a later run of the same policy finds it', async () => {
    const policy = compilePolicy(`<policies><inbound>
      <cache-lookup-value key="@("profile-" + context.Request.Headers.GetValueOrDefault("User", ""))" variable-name="profile" />
      <choose><when condition="@(!context.Variables.ContainsKey("profile"))">
        <set-variable name="fetched" value="@(true)" />
        <cache-store-value key="@("profile-" + context.Request.Headers.GetValueOrDefault("User", ""))" value="@(new JObject(new JProperty("name", "Ada")))" duration="60" />
      </when></choose>
    </inbound></policies>`);
    const user = { url, headers: { User: 'ada' } };
    const first = await policy.run(user, { now: T0 });
    expect(first.variables).toEqual({ fetched: true });
    const second = await policy.run(user, { now: T0 + 59_999 });
    expect(Object.keys(second.variables)).toEqual(['profile']);
    expect(toDotnetString(second.variables.profile)).toContain('"name": "Ada"');
    expect((await policy.run({ url, headers: { User: 'bob' } }, { now: T0 + 1000 })).variables).toEqual({
      fetched: true,
    });
    // Expired at 60 s.
    expect((await policy.run(user, { now: T0 + 60_000 })).variables).toEqual({ fetched: true });
  });

  it('stores a literal value as a string', async () => {
    const policy = compilePolicy(`<policies><inbound>
      <cache-store-value key="k" value="42" duration="10" />
      <cache-lookup-value key="k" variable-name="v" />
    </inbound></policies>`);
    expect((await policy.run({ url }, { now: T0 })).variables).toEqual({ v: '42' });
  });
});
