import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import type { Outcome } from '../outcome/types.js';

const client = 'https://contoso.azure-api.net/echo/resource';

function forwardedUrl(outcome: Outcome): string {
  if (outcome.kind !== 'forward') throw new Error(`expected a forward outcome, got ${outcome.kind}`);
  return outcome.request.url;
}

async function run(policies: string, url = `${client}?a=1&b=2`): Promise<Outcome> {
  const policy = compilePolicy(`<policies><inbound>${policies}</inbound></policies>`);
  expect(policy.diagnostics).toEqual([]);
  return policy.run({ url });
}

describe('set-query-parameter', () => {
  it('override replaces every value of an existing parameter and keeps the others', async () => {
    const outcome = await run(
      '<set-query-parameter name="a" exists-action="override"><value>x</value></set-query-parameter>',
    );
    expect(forwardedUrl(outcome)).toBe('https://echoapi.cloudapp.net/api/resource?a=x&b=2');
  });

  it('override is the default and adds a missing parameter; several values repeat the name', async () => {
    const outcome = await run(
      '<set-query-parameter name="c"><value>1</value><value>two words</value></set-query-parameter>',
    );
    expect(forwardedUrl(outcome)).toBe('https://echoapi.cloudapp.net/api/resource?a=1&b=2&c=1&c=two%20words');
  });

  it('skip leaves an existing parameter alone (any case) and sets a missing one', async () => {
    const outcome = await run(
      `<set-query-parameter name="A" exists-action="skip"><value>x</value></set-query-parameter>
       <set-query-parameter name="d" exists-action="skip"><value>4</value></set-query-parameter>`,
    );
    expect(forwardedUrl(outcome)).toBe('https://echoapi.cloudapp.net/api/resource?a=1&b=2&d=4');
  });

  it('append adds values after the existing ones, or creates the parameter', async () => {
    const outcome = await run(
      `<set-query-parameter name="a" exists-action="append"><value>3</value></set-query-parameter>
       <set-query-parameter name="e" exists-action="append"><value>5</value></set-query-parameter>`,
    );
    expect(forwardedUrl(outcome)).toBe('https://echoapi.cloudapp.net/api/resource?a=1&a=3&b=2&e=5');
  });

  it('delete removes the parameter; deleting a missing one changes nothing', async () => {
    const outcome = await run(
      `<set-query-parameter name="B" exists-action="delete" />
       <set-query-parameter name="zzz" exists-action="delete" />`,
    );
    expect(forwardedUrl(outcome)).toBe('https://echoapi.cloudapp.net/api/resource?a=1');
  });

  it('takes its name, action and values from expressions; literal values are trimmed', async () => {
    const outcome = await run(
      `<set-variable name="n" value="api-key" />
       <set-query-parameter name="@((string)context.Variables[&quot;n&quot;])" exists-action="@(&quot;append&quot;)">
         <value>
           literal
         </value>
         <value>@(&quot; kept &quot;)</value>
       </set-query-parameter>`,
      client,
    );
    expect(forwardedUrl(outcome)).toBe(
      'https://echoapi.cloudapp.net/api/resource?api-key=literal&api-key=%20kept%20',
    );
  });

  it('changes context.Request.Url, which later expressions read; OriginalUrl stays', async () => {
    const outcome = await run(
      `<set-query-parameter name="a" exists-action="override"><value>9</value></set-query-parameter>
       <set-variable name="url" value="@(context.Request.Url.QueryString)" />
       <set-variable name="a" value="@(context.Request.Url.Query.GetValueOrDefault(&quot;a&quot;))" />
       <set-variable name="original" value="@(context.Request.OriginalUrl.QueryString)" />`,
    );
    expect(outcome.variables).toEqual({ url: '?a=9&b=2', a: '9', original: '?a=1&b=2' });
  });

  it('an exists-action expression with an unknown value fails as an expression', async () => {
    const outcome = await run(
      '<set-query-parameter name="a" exists-action="@(&quot;replace&quot;)"><value>x</value></set-query-parameter>',
    );
    expect(outcome.lastError).toMatchObject({
      source: 'set-query-parameter',
      reason: 'ExpressionValueEvaluationFailure',
      path: 'set-query-parameter[1]',
    });
    expect(outcome).toMatchObject({ kind: 'respond', response: { status: 500 } });
  });

  it('works in the backend section, before forward-request', async () => {
    const policy = compilePolicy(
      `<policies><inbound /><backend>
        <set-query-parameter name="late" exists-action="override"><value>yes</value></set-query-parameter>
        <forward-request />
      </backend></policies>`,
      { defaultGlobal: false },
    );
    expect(policy.diagnostics).toEqual([]);
    expect(forwardedUrl(await policy.run({ url: client }))).toBe(
      'https://echoapi.cloudapp.net/api/resource?late=yes',
    );
  });

  it('is not allowed in outbound (the catalog reports it)', () => {
    const policy = compilePolicy(
      '<policies><outbound><set-query-parameter name="a"><value>x</value></set-query-parameter></outbound></policies>',
    );
    expect(policy.ok).toBe(false);
  });
});
