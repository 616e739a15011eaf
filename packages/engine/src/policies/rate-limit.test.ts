import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import type { CounterState, CounterStore, CounterWindow } from '../services/counter-store.js';
import { MemoryCounterStore } from '../services/memory-counter-store.js';
import { responding } from './limits/test-support.js';

const url = 'https://contoso.azure-api.net/echo/resource';
const T0 = Date.UTC(2025, 0, 1, 12, 0, 0);
const subscribed = { subscription: { id: 'sub-1' } };
const backend = () => ({ status: 200, body: 'ok' });

function policyOf(inner: string, onError = '') {
  return responding(
    compilePolicy(
      `<policies><inbound>${inner}</inbound><backend><forward-request /></backend><outbound /><on-error>${onError}</on-error></policies>`,
      { services: { backend } },
    ),
  );
}

describe('rate-limit', () => {
  it('does nothing for a call without a subscription, and says so in the trace', async () => {
    const policy = policyOf('<rate-limit calls="1" renewal-period="60" />');
    for (let i = 0; i < 3; i++) {
      const outcome = await policy.run({ url }, { now: T0 });
      expect(outcome).toMatchObject({ kind: 'respond', response: { status: 200 } });
      expect(outcome.trace.find((entry) => entry.policy === 'rate-limit')?.detail).toMatch(/no subscription/);
    }
  });

  it('allows `calls` calls per sliding window, then answers 429 with Retry-After and the documented body', async () => {
    const policy = policyOf('<rate-limit calls="2" renewal-period="60" />');
    expect((await policy.run({ url }, { now: T0, identity: subscribed })).response).toMatchObject({
      status: 200,
    });
    expect((await policy.run({ url }, { now: T0 + 1000, identity: subscribed })).response).toMatchObject({
      status: 200,
    });
    const rejected = await policy.run({ url }, { now: T0 + 2000, identity: subscribed });
    expect(rejected).toMatchObject({
      kind: 'respond',
      response: {
        status: 429,
        headers: { 'Retry-After': ['58'], 'Content-Type': ['application/json'] },
        body: '{ "statusCode": 429, "message": "Rate limit is exceeded. Try again in 58 seconds." }',
      },
      lastError: {
        source: 'rate-limit',
        reason: 'RateLimitExceeded',
        message: 'Rate limit is exceeded',
        section: 'inbound',
      },
    });
  });

  it('lets calls through again once the oldest calls leave the window; rejected calls are not counted', async () => {
    const policy = policyOf('<rate-limit calls="2" renewal-period="10" />');
    const at = (ms: number) => policy.run({ url }, { now: T0 + ms, identity: subscribed });
    expect((await at(0)).response?.status).toBe(200);
    expect((await at(5000)).response?.status).toBe(200);
    expect((await at(9000)).response?.status).toBe(429);
    // The call at 0 has left the window at 10 s; the rejected call at 9 s was not counted.
    expect((await at(10000)).response?.status).toBe(200);
    expect((await at(14999)).response).toMatchObject({ status: 429, headers: { 'Retry-After': ['1'] } });
    expect((await at(15000)).response?.status).toBe(200);
  });

  it('counts each subscription separately', async () => {
    const policy = policyOf('<rate-limit calls="1" renewal-period="60" />');
    expect((await policy.run({ url }, { now: T0, identity: subscribed })).response?.status).toBe(200);
    expect(
      (await policy.run({ url }, { now: T0, identity: { subscription: { id: 'sub-2' } } })).response?.status,
    ).toBe(200);
    expect((await policy.run({ url }, { now: T0, identity: subscribed })).response?.status).toBe(429);
  });

  it('runs on-error after a rejection, with LastError and the 429 prepared', async () => {
    const policy = policyOf(
      '<rate-limit id="limit" calls="1" renewal-period="60" retry-after-variable-name="wait" />',
      `<set-variable name="reason" value="@(context.LastError.Reason)" />
       <set-variable name="status" value="@(context.Response.StatusCode)" />
       <set-header name="X-Wait" exists-action="override"><value>@(context.Variables["wait"].ToString())</value></set-header>`,
    );
    await policy.run({ url }, { now: T0, identity: subscribed });
    const outcome = await policy.run({ url }, { now: T0 + 30000, identity: subscribed });
    expect(outcome).toMatchObject({
      variables: { reason: 'RateLimitExceeded', status: 429, wait: 30 },
      lastError: { policyId: 'limit', path: 'rate-limit[1]' },
      response: { status: 429, headers: { 'Retry-After': ['30'], 'X-Wait': ['30'] } },
    });
  });

  it('reports remaining and total calls in variables and on the final response, and uses the retry-after header name', async () => {
    const policy = policyOf(
      `<rate-limit calls="2" renewal-period="60" retry-after-header-name="X-Retry"
        remaining-calls-header-name="X-Remaining" remaining-calls-variable-name="remaining" total-calls-header-name="X-Total" />`,
    );
    const first = await policy.run({ url }, { now: T0, identity: subscribed });
    expect(first).toMatchObject({
      variables: { remaining: 1 },
      response: { status: 200, body: 'ok', headers: { 'X-Remaining': ['1'], 'X-Total': ['2'] } },
    });
    expect((await policy.run({ url }, { now: T0, identity: subscribed })).variables).toEqual({
      remaining: 0,
    });
    const rejected = await policy.run({ url }, { now: T0 + 1000, identity: subscribed });
    expect(rejected.response?.headers).toMatchObject({
      'X-Retry': ['59'],
      'X-Remaining': ['0'],
      'X-Total': ['2'],
    });
    expect(rejected.response?.headers).not.toHaveProperty('Retry-After');
  });

  it('puts the headers on a response return-response makes after it', async () => {
    const policy = policyOf(
      '<rate-limit calls="5" renewal-period="60" remaining-calls-header-name="X-Remaining" /><return-response><set-status code="202" /></return-response>',
    );
    const outcome = await policy.run({ url }, { now: T0, identity: subscribed });
    expect(outcome.response).toMatchObject({ status: 202, headers: { 'X-Remaining': ['4'] } });
  });

  it('applies <api> and <operation> limits independently, only to their API and operation; id wins over name', async () => {
    const policy = policyOf(`<rate-limit calls="10" renewal-period="60">
        <api name="Echo API" calls="2" renewal-period="60">
          <operation name="Get resource" calls="1" renewal-period="60" />
        </api>
        <api id="other-api" name="Echo API" calls="1" renewal-period="60" />
      </rate-limit>`);
    const getResource = { ...subscribed };
    const postResource = { ...subscribed, operation: { id: 'post', name: 'Post resource' } };
    expect((await policy.run({ url }, { now: T0, identity: getResource })).response?.status).toBe(200);
    // The operation's limit (1) is reached; the API's (2) is not.
    const second = await policy.run({ url }, { now: T0, identity: getResource });
    expect(second.response?.status).toBe(429);
    expect((await policy.run({ url }, { now: T0, identity: postResource })).response?.status).toBe(200);
    // Now the API's limit is reached for every operation.
    expect((await policy.run({ url }, { now: T0, identity: postResource })).response?.status).toBe(429);
    // Another API has only the policy's limit.
    const otherApi = { ...subscribed, api: { id: 'other', name: 'Other API' } };
    expect((await policy.run({ url }, { now: T0, identity: otherApi })).response?.status).toBe(200);
  });

  it('keeps one counter per policy definition and subscription, through any store, even one answering with promises', async () => {
    const keys = new Set<string>();
    const memory = new MemoryCounterStore();
    const counters: CounterStore = {
      read: async (key: string, window: CounterWindow, now: number): Promise<CounterState> => {
        keys.add(key);
        return memory.read(key, window, now);
      },
      add: async (key: string, amount: number, window: CounterWindow, now: number): Promise<CounterState> =>
        memory.add(key, amount, window, now),
    };
    const policy = responding(
      compilePolicy(
        `<policies><inbound>
        <rate-limit calls="3" renewal-period="60" />
        <rate-limit calls="1" renewal-period="60" />
      </inbound></policies>`,
        { services: { counters, backend } },
      ),
    );
    expect((await policy.run({ url }, { now: T0, identity: subscribed })).response?.status).toBe(200);
    const second = await policy.run({ url }, { now: T0, identity: subscribed });
    expect(second).toMatchObject({ response: { status: 429 }, lastError: { path: 'rate-limit[2]' } });
    expect(keys.size).toBe(2);
    expect([...keys].every((key) => key.includes('sub-1'))).toBe(true);
  });
});
