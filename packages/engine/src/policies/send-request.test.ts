import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import type { HttpResponse, OutgoingRequest } from '../run/services.js';

const url = 'https://contoso.azure-api.net/echo/resource?x=1';

/** A transport that keeps the requests it is given. */
function recorder(answer: (request: OutgoingRequest) => HttpResponse | Promise<HttpResponse>) {
  const sent: OutgoingRequest[] = [];
  return {
    sent,
    transport: (request: OutgoingRequest) => {
      sent.push(request);
      return answer(request);
    },
  };
}

describe('send-request', () => {
  it('builds a new request from its children and stores an IResponse that expressions read', async () => {
    const { sent, transport } = recorder(() => ({
      status: 201,
      headers: { 'Content-Type': 'application/json' },
      body: '{"token":"abc"}',
    }));
    const policy = compilePolicy(
      `<policies><inbound>
        <send-request mode="new" response-variable-name="reply" timeout="20" ignore-error="false">
          <set-url>@("https://auth.example.com/token?user=" + context.Request.Headers.GetValueOrDefault("User", ""))</set-url>
          <set-method>POST</set-method>
          <set-header name="Content-Type" exists-action="override"><value>application/json</value></set-header>
          <set-header name="X-Tag" exists-action="append"><value>a</value><value>b</value></set-header>
          <set-header name="x-tag" exists-action="skip"><value>ignored</value></set-header>
          <set-body>@("{\\"user\\":\\"" + context.Request.Headers.GetValueOrDefault("User", "") + "\\"}")</set-body>
        </send-request>
        <set-variable name="status" value="@(((IResponse)context.Variables["reply"]).StatusCode)" />
        <set-variable name="token" value="@(((IResponse)context.Variables["reply"]).Body.As<JObject>()["token"].ToString())" />
      </inbound></policies>`,
      { services: { transport } },
    );
    expect(policy.diagnostics).toEqual([]);
    const outcome = await policy.run({ url, headers: { User: 'ada' } });
    expect(sent).toEqual([
      {
        method: 'POST',
        url: 'https://auth.example.com/token?user=ada',
        headers: { 'Content-Type': ['application/json'], 'X-Tag': ['a', 'b'] },
        body: '{"user":"ada"}',
        timeoutMs: 20000,
      },
    ]);
    expect(outcome.variables).toMatchObject({ status: 201, token: 'abc' });
    expect(outcome.trace.find((entry) => entry.policy === 'send-request')?.detail).toBe(
      'POST https://auth.example.com/token?user=ada answered 201 → reply',
    );
  });

  it('copies the current request in copy mode; timeout-ms wins', async () => {
    const { sent, transport } = recorder(() => ({ status: 200 }));
    const policy = compilePolicy(
      `<policies><inbound>
        <set-header name="X-Added" exists-action="override"><value>1</value></set-header>
        <send-request mode="copy" response-variable-name="r" timeout-ms="1500">
          <set-url>https://audit.example.com/log</set-url>
          <set-header name="Authorization" exists-action="delete" />
        </send-request>
      </inbound></policies>`,
      { services: { transport } },
    );
    await policy.run({
      url,
      method: 'PUT',
      headers: { Authorization: 'secret', Accept: 'text/plain' },
      body: 'payload',
    });
    expect(sent).toEqual([
      {
        method: 'PUT',
        url: 'https://audit.example.com/log',
        headers: { Accept: ['text/plain'], 'X-Added': ['1'] },
        body: 'payload',
        timeoutMs: 1500,
      },
    ]);
  });

  it('defaults to a GET with a 60 s timeout, and waits for a transport answering by promise', async () => {
    const { sent, transport } = recorder(async () => ({ status: 204 }));
    const policy = compilePolicy(
      `<policies><inbound>
        <send-request response-variable-name="r"><set-url>https://example.com/ping</set-url></send-request>
        <set-variable name="status" value="@(((IResponse)context.Variables["r"]).StatusCode)" />
      </inbound></policies>`,
      { services: { transport } },
    );
    const outcome = await policy.run({ url });
    expect(sent[0]).toMatchObject({ method: 'GET', headers: {}, body: null, timeoutMs: 60000 });
    expect(outcome.variables).toMatchObject({ status: 204 });
  });

  it('fails with TransportNotConfigured without a transport, and runs on-error', async () => {
    const policy = compilePolicy(`<policies>
      <inbound><send-request response-variable-name="r" ignore-error="true"><set-url>https://example.com</set-url></send-request></inbound>
      <on-error><set-variable name="reason" value="@(context.LastError.Reason)" /></on-error>
    </policies>`);
    const outcome = await policy.run({ url });
    expect(outcome).toMatchObject({
      kind: 'respond',
      response: { status: 500 },
      lastError: { source: 'send-request', reason: 'TransportNotConfigured' },
      variables: { reason: 'TransportNotConfigured' },
    });
  });

  it('sets the variable to null and goes on when the transport fails and ignore-error is true', async () => {
    const transport = () => {
      throw new Error('connection refused');
    };
    const policy = compilePolicy(
      `<policies><inbound>
        <send-request response-variable-name="r" ignore-error="true"><set-url>https://example.com</set-url></send-request>
        <set-variable name="missing" value="@(context.Variables["r"] == null)" />
      </inbound></policies>`,
      { services: { transport } },
    );
    const outcome = await policy.run({ url });
    expect(outcome).toMatchObject({
      kind: 'forward',
      lastError: null,
      variables: { r: null, missing: true },
    });
  });

  it('fails with BackendConnectionFailure or Timeout when ignore-error is false', async () => {
    const failing = compilePolicy(
      '<policies><inbound><send-request response-variable-name="r"><set-url>https://example.com</set-url></send-request></inbound></policies>',
      { services: { transport: async () => Promise.reject(new Error('reset')) } },
    );
    expect(await failing.run({ url })).toMatchObject({
      response: { status: 500, body: expect.stringContaining('"message": "Internal server error"') },
      lastError: {
        source: 'send-request',
        reason: 'BackendConnectionFailure',
        message: expect.stringContaining('reset'),
      },
    });
    const slow = compilePolicy(
      '<policies><inbound><send-request response-variable-name="r" timeout="5"><set-url>https://example.com</set-url></send-request></inbound></policies>',
      {
        services: {
          transport: () => {
            throw new DOMException('The operation timed out.', 'TimeoutError');
          },
        },
      },
    );
    expect(await slow.run({ url })).toMatchObject({
      lastError: {
        reason: 'Timeout',
        message: 'send-request to https://example.com timed out after 5000 ms',
      },
    });
  });

  it('fails on a URL that is not absolute, as a connection failure', async () => {
    const policy = compilePolicy(
      '<policies><inbound><send-request response-variable-name="r" ignore-error="false"><set-url>/relative</set-url></send-request></inbound></policies>',
      { services: { transport: () => ({ status: 200 }) } },
    );
    expect((await policy.run({ url })).lastError).toMatchObject({ reason: 'BackendConnectionFailure' });
  });

  it('fails on a 4xx/5xx answer with fail-on-error-status-code', async () => {
    const policy = compilePolicy(
      '<policies><inbound><send-request response-variable-name="r" fail-on-error-status-code="true"><set-url>https://example.com</set-url></send-request></inbound></policies>',
      { services: { transport: () => ({ status: 503 }) } },
    );
    expect(await policy.run({ url })).toMatchObject({
      response: { status: 500 },
      lastError: { reason: 'BackendStatusCodeError' },
    });
  });

  it('reports authentication and proxy children it does not execute: an error in strict mode, skipped in lenient mode', async () => {
    const text = `<policies><inbound>
      <send-request response-variable-name="r"><set-url>https://example.com</set-url><authentication-managed-identity resource="https://vault.azure.net" /></send-request>
    </inbound></policies>`;
    const strict = compilePolicy(text, { services: { transport: () => ({ status: 200 }) } });
    expect(strict.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([
      ['policy-not-executable', 'error'],
    ]);
    const lenient = compilePolicy(text, {
      mode: 'lenient',
      services: { transport: () => ({ status: 200 }) },
    });
    expect(lenient.ok).toBe(true);
    const outcome = await lenient.run({ url });
    expect(
      outcome.trace.some(
        (entry) => entry.kind === 'skipped' && entry.detail.includes('authentication-managed-identity'),
      ),
    ).toBe(true);
    expect(outcome.variables).toHaveProperty('r');
  });

  it('rejects a mode expression that is neither new nor copy', async () => {
    const policy = compilePolicy(
      '<policies><inbound><send-request mode="@(&quot;clone&quot;)" response-variable-name="r"><set-url>https://example.com</set-url></send-request></inbound></policies>',
      { services: { transport: () => ({ status: 200 }) } },
    );
    expect((await policy.run({ url })).lastError).toMatchObject({
      reason: 'ExpressionValueEvaluationFailure',
    });
  });
});
