import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import { responding } from './limits/test-support.js';

const url = 'https://contoso.azure-api.net/echo/resource';
const CREATED = Date.UTC(2025, 0, 1, 0, 0, 0);
const subscribed = { subscription: { id: 'sub-1', createdDate: CREATED } };

function policyOf(inner: string, body = 'ok', onError = '') {
  return responding(
    compilePolicy(
      `<policies><inbound>${inner}</inbound><backend><forward-request /></backend><outbound /><on-error>${onError}</on-error></policies>`,
      { scope: 'product', services: { backend: () => ({ status: 200, body }) } },
    ),
  );
}

describe('quota', () => {
  it('does nothing for a call without a subscription', async () => {
    const policy = policyOf('<quota calls="1" renewal-period="3600" />');
    for (let i = 0; i < 2; i++) {
      const outcome = await policy.run({ url }, { now: CREATED });
      expect(outcome.response?.status).toBe(200);
      expect(outcome.trace.find((entry) => entry.policy === 'quota')?.detail).toMatch(/no subscription/);
    }
  });

  it('allows `calls` calls per period counted from the subscription, then answers 403 with Retry-After', async () => {
    const policy = policyOf('<quota calls="2" renewal-period="3600" />');
    // The period started at CREATED + 2 h.
    const at = (seconds: number) =>
      policy.run({ url }, { now: CREATED + 7200_000 + seconds * 1000, identity: subscribed });
    expect((await at(0)).response?.status).toBe(200);
    expect((await at(1)).response?.status).toBe(200);
    const rejected = await at(2);
    expect(rejected).toMatchObject({
      response: {
        status: 403,
        headers: { 'Retry-After': ['3598'] },
        body: '{ "statusCode": 403, "message": "Out of call volume quota. Quota will be replenished in 00:59:58." }',
      },
      lastError: {
        source: 'quota',
        reason: 'QuotaExceeded',
        message: 'Out of call volume quota. Quota will be replenished in 00:59:58.',
      },
    });
    expect((await at(3599)).response?.status).toBe(403);
    // A new period.
    expect((await at(3600)).response?.status).toBe(200);
  });

  it('counts periods from StartDate when the subscription has one', async () => {
    const start = CREATED + 1800_000;
    const policy = policyOf('<quota calls="1" renewal-period="3600" />');
    const identity = { subscription: { id: 'sub-1', createdDate: CREATED, startDate: start } };
    expect((await policy.run({ url }, { now: start + 3599_000, identity })).response?.status).toBe(200);
    expect((await policy.run({ url }, { now: start + 3600_000, identity })).response?.status).toBe(200);
    expect((await policy.run({ url }, { now: start + 3600_000, identity })).response).toMatchObject({
      status: 403,
      headers: { 'Retry-After': ['3600'] },
    });
  });

  it('never renews with renewal-period 0: no Retry-After, and the message says TimeSpan.MaxValue', async () => {
    const policy = policyOf('<quota calls="1" renewal-period="0" />');
    await policy.run({ url }, { now: CREATED, identity: subscribed });
    const rejected = await policy.run({ url }, { now: CREATED + 365 * 86400_000, identity: subscribed });
    expect(rejected.lastError?.message).toBe(
      'Out of call volume quota. Quota will be replenished in 10675199.02:48:05.',
    );
    expect(rejected.response?.status).toBe(403);
    expect(rejected.response?.headers).not.toHaveProperty('Retry-After');
  });

  it('counts bandwidth in kilobytes of request and response bodies, at the end of the response', async () => {
    const policy = policyOf('<quota bandwidth="2" renewal-period="86400" />', 'x'.repeat(1500));
    expect(
      (
        await policy.run(
          { url, method: 'POST', body: 'y'.repeat(100) },
          { now: CREATED, identity: subscribed },
        )
      ).response?.status,
    ).toBe(200);
    // 1600 bytes of 2048 used.
    expect((await policy.run({ url }, { now: CREATED, identity: subscribed })).response?.status).toBe(200);
    const rejected = await policy.run({ url }, { now: CREATED + 3600_000, identity: subscribed });
    expect(rejected).toMatchObject({
      response: { status: 403, headers: { 'Retry-After': ['82800'] } },
      lastError: {
        reason: 'QuotaExceeded',
        message: 'Out of bandwidth quota. Quota will be replenished in 23:00:00.',
      },
    });
  });

  it('formats waits of a day or more as .NET does (d.hh:mm:ss)', async () => {
    const policy = policyOf('<quota calls="1" renewal-period="172800" />');
    await policy.run({ url }, { now: CREATED, identity: subscribed });
    const rejected = await policy.run({ url }, { now: CREATED + 3723_000, identity: subscribed });
    expect(rejected.lastError?.message).toBe(
      'Out of call volume quota. Quota will be replenished in 1.22:57:57.',
    );
  });

  it('applies <api> and <operation> quotas to their calls only', async () => {
    const policy = policyOf(`<quota calls="10" renewal-period="3600">
        <api name="Echo API" calls="3"><operation id="get-resource" calls="1" /></api>
      </quota>`);
    const post = { ...subscribed, operation: { id: 'post', name: 'Post' } };
    expect((await policy.run({ url }, { now: CREATED, identity: subscribed })).response?.status).toBe(200);
    expect((await policy.run({ url }, { now: CREATED, identity: subscribed })).response?.status).toBe(403);
    expect((await policy.run({ url }, { now: CREATED, identity: post })).response?.status).toBe(200);
    expect((await policy.run({ url }, { now: CREATED, identity: post })).response?.status).toBe(200);
    expect((await policy.run({ url }, { now: CREATED, identity: post })).response?.status).toBe(403);
    const other = { ...subscribed, api: { id: 'other', name: 'Other' } };
    expect((await policy.run({ url }, { now: CREATED, identity: other })).response?.status).toBe(200);
  });

  it('runs on-error after a rejection with LastError set', async () => {
    const policy = policyOf(
      '<quota calls="1" renewal-period="60" />',
      'ok',
      '<set-variable name="error" value="@(context.LastError.Reason + &quot;/&quot; + context.Response.StatusCode)" />',
    );
    await policy.run({ url }, { now: CREATED, identity: subscribed });
    const rejected = await policy.run({ url }, { now: CREATED, identity: subscribed });
    expect(rejected.variables).toEqual({ error: 'QuotaExceeded/403' });
  });
});
