import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import type { ForwardedRequest, Outcome, ResponseOutcome } from '../outcome/types.js';

const url = 'https://contoso.azure-api.net/echo/resource';
const headers = { 'X-Existing': ['one', 'two'], Accept: 'application/json' };

function forwarded(outcome: Outcome): ForwardedRequest {
  if (outcome.kind !== 'forward') throw new Error(`expected a forward outcome, got ${outcome.kind}`);
  return outcome.request;
}

function response(outcome: Outcome): ResponseOutcome {
  if (outcome.kind !== 'respond') throw new Error(`expected a respond outcome, got ${outcome.kind}`);
  return outcome.response;
}

async function inbound(policies: string): Promise<ForwardedRequest> {
  const policy = compilePolicy(`<policies><inbound>${policies}</inbound></policies>`);
  expect(policy.diagnostics).toEqual([]);
  return forwarded(await policy.run({ url, headers }));
}

describe('set-header', () => {
  it('override (the default) replaces every value of an existing header, whatever its case', async () => {
    const request = await inbound('<set-header name="x-existing"><value>three</value></set-header>');
    expect(request.headers).toEqual({ 'X-Existing': ['three'], Accept: ['application/json'] });
  });

  it('override with several values gives the header several values', async () => {
    const request = await inbound(
      '<set-header name="X-New" exists-action="override"><value>a</value><value>b</value><value>c</value></set-header>',
    );
    expect(request.headers['X-New']).toEqual(['a', 'b', 'c']);
  });

  it('skip keeps an existing header and sets a missing one', async () => {
    const request = await inbound(
      `<set-header name="X-EXISTING" exists-action="skip"><value>ignored</value></set-header>
       <set-header name="X-Missing" exists-action="skip"><value>set</value></set-header>`,
    );
    expect(request.headers['X-Existing']).toEqual(['one', 'two']);
    expect(request.headers['X-Missing']).toEqual(['set']);
  });

  it('append adds after the existing values, or creates the header', async () => {
    const request = await inbound(
      `<set-header name="X-Existing" exists-action="append"><value>three</value><value>four</value></set-header>
       <set-header name="X-Fresh" exists-action="append"><value>1</value></set-header>`,
    );
    expect(request.headers['X-Existing']).toEqual(['one', 'two', 'three', 'four']);
    expect(request.headers['X-Fresh']).toEqual(['1']);
  });

  it('delete removes the header; deleting a missing one changes nothing', async () => {
    const request = await inbound(
      `<set-header name="accept" exists-action="delete" />
       <set-header name="X-Nothing" exists-action="delete" />`,
    );
    expect(request.headers).toEqual({ 'X-Existing': ['one', 'two'] });
  });

  it('reads name, action and values from expressions; literal values are trimmed, expression values not', async () => {
    const request = await inbound(
      `<set-header name="@(&quot;X-&quot; + &quot;Computed&quot;)" exists-action="@(&quot;APPEND&quot;)">
         <value>
           literal
         </value>
         <value>@(&quot; spaced &quot;)</value>
         <value>@(42)</value>
       </set-header>`,
    );
    expect(request.headers['X-Computed']).toEqual(['literal', ' spaced ', '42']);
  });

  it('an unknown exists-action from an expression fails as an expression', async () => {
    const policy = compilePolicy(
      '<policies><inbound><set-header name="X" exists-action="@(&quot;replace&quot;)"><value>v</value></set-header></inbound></policies>',
    );
    const outcome = await policy.run({ url });
    expect(outcome.lastError).toMatchObject({
      source: 'set-header',
      reason: 'ExpressionValueEvaluationFailure',
      message:
        "Expression evaluation failed. 'replace' is not a valid exists-action: expected override, skip, append or delete.",
    });
  });

  it('changes the request in inbound and backend, the response in outbound and on-error', async () => {
    const policy = compilePolicy(
      `<policies>
        <inbound><set-header name="X-In" exists-action="override"><value>in</value></set-header></inbound>
        <backend>
          <set-header name="X-Backend" exists-action="override"><value>backend</value></set-header>
          <forward-request />
        </backend>
        <outbound>
          <set-header name="X-Out" exists-action="override"><value>out</value></set-header>
          <set-header name="X-Backend-Said" exists-action="delete" />
          <set-variable name="request-still" value="@(context.Request.Headers.GetValueOrDefault(&quot;X-Out&quot;, &quot;absent&quot;))" />
        </outbound>
      </policies>`,
      {
        defaultGlobal: false,
        services: {
          backend: (request) => ({
            status: 200,
            headers: { 'X-Backend-Said': 'hi', 'X-Seen': Object.keys(request.headers).join(',') },
          }),
        },
      },
    );
    expect(policy.diagnostics).toEqual([]);
    const outcome = await policy.run({ url });
    expect(response(outcome).headers).toEqual({ 'X-Seen': ['X-In,X-Backend'], 'X-Out': ['out'] });
    expect(outcome.variables).toEqual({ 'request-still': 'absent' });
  });

  it('changes the error response in on-error', async () => {
    const policy = compilePolicy(
      `<policies>
        <inbound><set-variable name="boom" value="@(((string)null).Length)" /></inbound>
        <on-error><set-header name="X-Error" exists-action="override"><value>@(context.LastError.Reason)</value></set-header></on-error>
      </policies>`,
    );
    const outcome = await policy.run({ url });
    expect(response(outcome)).toMatchObject({
      status: 500,
      headers: { 'Content-Type': ['application/json'], 'X-Error': ['ExpressionValueEvaluationFailure'] },
    });
  });

  it('inside return-response changes the returned response, not the request (even in inbound)', async () => {
    const policy = compilePolicy(
      `<policies><inbound>
        <return-response>
          <set-header name="X-Returned" exists-action="override"><value>a</value><value>b</value></set-header>
          <set-header name="X-Returned" exists-action="append"><value>c</value></set-header>
          <set-header name="X-Skipped" exists-action="skip"><value>first</value></set-header>
          <set-header name="X-Skipped" exists-action="skip"><value>second</value></set-header>
          <set-header name="X-Gone" exists-action="override"><value>x</value></set-header>
          <set-header name="X-Gone" exists-action="delete" />
        </return-response>
      </inbound></policies>`,
    );
    expect(policy.diagnostics).toEqual([]);
    const outcome = await policy.run({ url, headers });
    expect(response(outcome)).toEqual({
      status: 200,
      reason: 'OK',
      headers: { 'X-Returned': ['a', 'b', 'c'], 'X-Skipped': ['first'] },
      body: null,
    });
    expect(outcome.kind === 'respond' && outcome.forwarded).toBe(null);
  });

  it('records what it did in the trace', async () => {
    const policy = compilePolicy(
      '<policies><inbound><set-header name="X-A" exists-action="append"><value>1</value></set-header></inbound></policies>',
    );
    const outcome = await policy.run({ url });
    expect(outcome.trace.find((entry) => entry.policy === 'set-header')).toMatchObject({
      kind: 'policy',
      section: 'inbound',
      detail: 'request header X-A appended: ["1"]',
      data: { name: 'X-A', action: 'append', values: ['1'], message: 'request' },
    });
  });
});
