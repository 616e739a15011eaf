import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';

const url = 'https://contoso.azure-api.net/echo/resource';

describe('mock-response', () => {
  it('answers 200 with no body and ends the pipeline: no backend, no outbound, no on-error', async () => {
    let called = false;
    const policy = compilePolicy(
      `<policies>
        <inbound><mock-response /><set-variable name="after" value="x" /></inbound>
        <backend><forward-request /></backend>
        <outbound><set-variable name="outbound" value="x" /></outbound>
        <on-error><set-variable name="on-error" value="x" /></on-error>
      </policies>`,
      {
        services: {
          backend: () => {
            called = true;
            return { status: 200 };
          },
        },
      },
    );
    const outcome = await policy.run({ url });
    expect(called).toBe(false);
    expect(outcome).toMatchObject({
      kind: 'respond',
      response: { status: 200, reason: 'OK', headers: {}, body: null },
      variables: {},
      lastError: null,
    });
    expect(outcome.trace.find((entry) => entry.policy === 'mock-response')?.detail).toBe(
      'mocks 200 OK: the pipeline ends',
    );
  });

  it('uses status-code and content-type', async () => {
    const policy = compilePolicy(
      '<policies><inbound><mock-response status-code="404" content-type="application/json" /></inbound></policies>',
    );
    const outcome = await policy.run({ url });
    expect(outcome.kind === 'respond' ? outcome.response : outcome.kind).toEqual({
      status: 404,
      reason: 'Not Found',
      headers: { 'Content-Type': ['application/json'] },
      body: null,
    });
  });

  it('replaces the backend response in outbound', async () => {
    const policy = compilePolicy(
      '<policies><inbound /><backend><forward-request /></backend><outbound><mock-response status-code="202" /><set-header name="X-After" exists-action="override"><value>1</value></set-header></outbound></policies>',
      { services: { backend: () => ({ status: 500, body: 'broken' }) } },
    );
    const outcome = await policy.run({ url });
    expect(outcome.kind === 'respond' ? outcome.response : outcome.kind).toEqual({
      status: 202,
      reason: 'Accepted',
      headers: {},
      body: null,
    });
  });

  it('does nothing when enabled is false', async () => {
    const policy = compilePolicy(
      '<policies><inbound><mock-response enabled="false" status-code="500" /></inbound></policies>',
    );
    const outcome = await policy.run({ url });
    expect(outcome.kind).toBe('forward');
    expect(outcome.trace.find((entry) => entry.policy === 'mock-response')?.detail).toMatch(/disabled/);
  });
});
