import { createResponse } from '@apim-policy/expressions';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import type { Outcome, ResponseOutcome } from '../outcome/types.js';

const url = 'https://contoso.azure-api.net/echo/resource';

function response(outcome: Outcome): ResponseOutcome {
  if (outcome.kind !== 'respond') throw new Error(`expected a respond outcome, got ${outcome.kind}`);
  return outcome.response;
}

describe('return-response', () => {
  it('without children returns a fresh 200 OK without headers or body, whatever the request had', async () => {
    const policy = compilePolicy('<policies><inbound><return-response /></inbound></policies>');
    expect(policy.diagnostics).toEqual([]);
    const outcome = await policy.run({ url, method: 'POST', headers: { 'X-A': 'a' }, body: 'request body' });
    expect(response(outcome)).toEqual({ status: 200, reason: 'OK', headers: {}, body: null });
  });

  it('in outbound starts from a fresh response too, not the backend one', async () => {
    const policy = compilePolicy(
      '<policies><inbound /><backend><forward-request /></backend><outbound><return-response /></outbound></policies>',
      {
        defaultGlobal: false,
        services: { backend: () => ({ status: 201, headers: { 'X-Backend': 'b' }, body: 'backend' }) },
      },
    );
    expect(response(await policy.run({ url }))).toEqual({
      status: 200,
      reason: 'OK',
      headers: {},
      body: null,
    });
  });

  it('applies set-status, set-header and set-body in document order', async () => {
    const policy = compilePolicy(`<policies><inbound>
      <return-response>
        <set-header name="X-Order" exists-action="append"><value>@(context.Response.StatusCode.ToString())</value></set-header>
        <set-status code="403" reason="Forbidden" />
        <set-header name="X-Order" exists-action="append"><value>@(context.Response.StatusCode.ToString())</value></set-header>
        <set-body>@("status was " + context.Response.StatusCode)</set-body>
      </return-response>
    </inbound></policies>`);
    expect(policy.diagnostics).toEqual([]);
    expect(response(await policy.run({ url }))).toEqual({
      status: 403,
      reason: 'Forbidden',
      headers: { 'X-Order': ['200', '403'] },
      body: 'status was 403',
    });
  });

  it('response-variable-name returns the response a variable holds, changed by the children', async () => {
    const policy = compilePolicy(`<policies><inbound>
      <return-response response-variable-name="held">
        <set-header name="X-Added" exists-action="override"><value>yes</value></set-header>
      </return-response>
    </inbound></policies>`);
    expect(policy.diagnostics).toEqual([]);
    const held = createResponse({
      statusCode: 404,
      headers: { 'Content-Type': 'application/json' },
      body: '{"error":"missing"}',
    });
    const outcome = await policy.run({ url }, { variables: { held } });
    expect(response(outcome)).toEqual({
      status: 404,
      reason: 'Not Found',
      headers: { 'Content-Type': ['application/json'], 'X-Added': ['yes'] },
      body: '{"error":"missing"}',
    });
  });

  it('response-variable-name naming something else than a response fails', async () => {
    const policy = compilePolicy(
      '<policies><inbound><set-variable name="held" value="text" /><return-response response-variable-name="held" /></inbound></policies>',
    );
    const outcome = await policy.run({ url });
    expect(outcome.lastError).toMatchObject({
      source: 'return-response',
      message: "The variable 'held' of response-variable-name does not hold a response",
    });
    expect(response(outcome).status).toBe(500);
  });

  it('ends the pipeline: nothing after it, no backend, no outbound, no on-error', async () => {
    let calls = 0;
    const policy = compilePolicy(
      `<policies>
        <inbound>
          <choose><when condition="@(true)"><return-response><set-status code="204" reason="No Content" /></return-response></when></choose>
          <set-variable name="after" value="x" />
        </inbound>
        <backend><forward-request /></backend>
        <outbound><set-variable name="outbound" value="x" /></outbound>
        <on-error><set-variable name="on-error" value="x" /></on-error>
      </policies>`,
      {
        defaultGlobal: false,
        services: {
          backend: () => {
            calls++;
            return { status: 200 };
          },
        },
      },
    );
    const outcome = await policy.run({ url });
    expect(calls).toBe(0);
    expect(outcome).toMatchObject({ kind: 'respond', forwarded: null, lastError: null, variables: {} });
    expect(response(outcome)).toMatchObject({ status: 204 });
    expect(outcome.trace.filter((entry) => entry.kind === 'section').map((entry) => entry.section)).toEqual([
      'inbound',
    ]);
  });

  it('in on-error replaces the error response and does not re-enter on-error', async () => {
    const policy = compilePolicy(`<policies>
      <inbound><set-variable name="boom" value="@(((string)null).Length)" /></inbound>
      <on-error>
        <return-response><set-status code="503" /><set-body>@(context.LastError.Reason)</set-body></return-response>
        <set-variable name="after" value="x" />
      </on-error>
    </policies>`);
    const outcome = await policy.run({ url });
    expect(response(outcome)).toEqual({
      status: 503,
      reason: 'Service Unavailable',
      headers: {},
      body: 'ExpressionValueEvaluationFailure',
    });
    expect(outcome.variables).toEqual({});
  });

  it('a failing child goes to on-error with its own source and path', async () => {
    const policy = compilePolicy(`<policies>
      <inbound><return-response><set-status code="200" /><set-body>@(((string)null).Trim())</set-body></return-response></inbound>
      <on-error><set-variable name="path" value="@(context.LastError.Source + &quot; &quot; + context.LastError.Path)" /></on-error>
    </policies>`);
    const outcome = await policy.run({ url });
    expect(outcome.variables).toEqual({ path: 'set-body return-response[1]/set-body[1]' });
    expect(response(outcome).status).toBe(500);
  });
});
