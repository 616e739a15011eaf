import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import { responding } from './limits/test-support.js';

const url = 'https://contoso.azure-api.net/echo/resource';
const T0 = Date.UTC(2025, 0, 1, 0, 0, 0);

function policyOf(inner: string, answer: () => { status: number; body?: string } = () => ({ status: 200 })) {
  return responding(
    compilePolicy(
      `<policies><inbound>${inner}</inbound><backend><forward-request /></backend><outbound /><on-error /></policies>`,
      { services: { backend: answer } },
    ),
  );
}

describe('quota-by-key', () => {
  it('counts calls per key in fixed periods from first-period-start, and answers 403 when used up', async () => {
    const policy = policyOf(
      '<quota-by-key calls="2" renewal-period="3600" counter-key="@(context.Request.IpAddress)" first-period-start="2025-01-01T00:30:00Z" />',
    );
    const at = (ip: string, minutes: number) =>
      policy.run({ url, clientIp: ip }, { now: T0 + minutes * 60_000 });
    expect((await at('1.1.1.1', 0)).response?.status).toBe(200);
    expect((await at('1.1.1.1', 10)).response?.status).toBe(200);
    expect((await at('2.2.2.2', 10)).response?.status).toBe(200);
    const rejected = await at('1.1.1.1', 20);
    expect(rejected).toMatchObject({
      response: {
        status: 403,
        headers: { 'Retry-After': ['600'] },
        body: '{ "statusCode": 403, "message": "Out of call volume quota. Quota will be replenished in 00:10:00." }',
      },
      lastError: { source: 'quota-by-key', reason: 'QuotaExceeded' },
    });
    // The period starting at 00:30 renews the quota.
    expect((await at('1.1.1.1', 30)).response?.status).toBe(200);
  });

  it('never renews without renewal-period, from 0001-01-01 by default', async () => {
    const policy = policyOf('<quota-by-key calls="1" counter-key="k" />');
    await policy.run({ url }, { now: T0 });
    const rejected = await policy.run({ url }, { now: T0 + 10 * 365 * 86400_000 });
    expect(rejected.response?.status).toBe(403);
    expect(rejected.response?.headers).not.toHaveProperty('Retry-After');
  });

  it('counts a key once per request, even when several policies count it', async () => {
    const policy = policyOf(`
      <quota-by-key calls="2" renewal-period="3600" counter-key="k" />
      <quota-by-key calls="2" renewal-period="3600" counter-key="k" />`);
    expect((await policy.run({ url }, { now: T0 })).response?.status).toBe(200);
    const second = await policy.run({ url }, { now: T0 });
    expect(second.response?.status).toBe(200);
    expect(second.trace.some((entry) => entry.detail.includes('already counted in this request'))).toBe(true);
    expect((await policy.run({ url }, { now: T0 })).response?.status).toBe(403);
  });

  it('defers expression increments to the end of the response', async () => {
    let status = 404;
    const policy = policyOf(
      `<quota-by-key calls="3" renewal-period="3600" counter-key="k"
        increment-condition="@(context.Response.StatusCode &gt;= 200 &amp;&amp; context.Response.StatusCode &lt; 400)"
        increment-count="@(3)" />`,
      () => ({ status }),
    );
    expect((await policy.run({ url }, { now: T0 })).response?.status).toBe(404);
    expect((await policy.run({ url }, { now: T0 })).response?.status).toBe(404);
    status = 200;
    expect((await policy.run({ url }, { now: T0 })).response?.status).toBe(200);
    expect((await policy.run({ url }, { now: T0 })).response?.status).toBe(403);
  });

  it('skips a call whose literal increment-condition is false', async () => {
    const policy = policyOf(
      '<quota-by-key calls="1" renewal-period="60" counter-key="k" increment-condition="false" />',
    );
    for (let i = 0; i < 3; i++) expect((await policy.run({ url }, { now: T0 })).response?.status).toBe(200);
  });

  it('counts bandwidth per key', async () => {
    const policy = policyOf('<quota-by-key bandwidth="1" renewal-period="60" counter-key="k" />', () => ({
      status: 200,
      body: 'z'.repeat(1024),
    }));
    expect((await policy.run({ url }, { now: T0 })).response?.status).toBe(200);
    expect((await policy.run({ url }, { now: T0 + 1000 })).lastError?.message).toBe(
      'Out of bandwidth quota. Quota will be replenished in 00:00:59.',
    );
  });

  it('reports a literal renewal-period it cannot read', () => {
    const policy = compilePolicy(
      '<policies><inbound><quota-by-key calls="1" renewal-period="hourly" counter-key="k" /></inbound></policies>',
    );
    expect(policy.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.data?.attribute])).toEqual([
      ['invalid-policy-value', 'renewal-period'],
    ]);
  });
});
