import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import { responding } from './limits/test-support.js';

const url = 'https://contoso.azure-api.net/echo/resource';
const T0 = Date.UTC(2025, 0, 1, 12, 0, 0);

function policyOf(inner: string, options: { status?: () => number; onError?: string } = {}) {
  return responding(
    compilePolicy(
      `<policies><inbound>${inner}</inbound><backend><forward-request /></backend><outbound /><on-error>${options.onError ?? ''}</on-error></policies>`,
      { services: { backend: () => ({ status: options.status?.() ?? 200 }) } },
    ),
  );
}

const from = (ip: string, now: number) => [{ url, clientIp: ip }, { now }] as const;

describe('rate-limit-by-key', () => {
  it('counts per value of counter-key and rejects with 429 once a key reached calls', async () => {
    const policy = policyOf(
      '<rate-limit-by-key calls="2" renewal-period="30" counter-key="@(context.Request.IpAddress)" />',
    );
    expect((await policy.run(...from('10.0.0.1', T0))).response?.status).toBe(200);
    expect((await policy.run(...from('10.0.0.1', T0 + 1000))).response?.status).toBe(200);
    expect((await policy.run(...from('10.0.0.2', T0 + 1000))).response?.status).toBe(200);
    const rejected = await policy.run(...from('10.0.0.1', T0 + 2000));
    expect(rejected).toMatchObject({
      response: {
        status: 429,
        headers: { 'Retry-After': ['28'] },
        body: '{ "statusCode": 429, "message": "Rate limit is exceeded. Try again in 28 seconds." }',
      },
      lastError: {
        source: 'rate-limit-by-key',
        reason: 'RateLimitExceeded',
        message: 'Rate limit is exceeded',
      },
    });
    expect((await policy.run(...from('10.0.0.1', T0 + 30000))).response?.status).toBe(200);
  });

  it('evaluates calls and renewal-period expressions', async () => {
    const policy = policyOf(
      '<rate-limit-by-key calls="@(int.Parse("1"))" renewal-period="@(5)" counter-key="k" remaining-calls-variable-name="left" />',
    );
    expect((await policy.run({ url }, { now: T0 })).variables).toEqual({ left: 0 });
    expect((await policy.run({ url }, { now: T0 + 4999 })).response?.status).toBe(429);
    expect((await policy.run({ url }, { now: T0 + 5000 })).response?.status).toBe(200);
  });

  it('does not count a call whose literal increment-condition is false, and counts increment-count units', async () => {
    const never = policyOf(
      '<rate-limit-by-key calls="1" renewal-period="60" counter-key="a" increment-condition="false" />',
    );
    for (let i = 0; i < 3; i++) expect((await never.run({ url }, { now: T0 })).response?.status).toBe(200);
    const heavy = policyOf(
      '<rate-limit-by-key calls="3" renewal-period="60" counter-key="b" increment-count="2" remaining-calls-variable-name="left" />',
    );
    expect((await heavy.run({ url }, { now: T0 })).variables).toEqual({ left: 1 });
    // 2 of 3 used: the call is allowed and takes the count to 4.
    expect((await heavy.run({ url }, { now: T0 })).variables).toEqual({ left: 0 });
    expect((await heavy.run({ url }, { now: T0 })).response?.status).toBe(429);
  });

  it('defers an expression increment-condition to the end of the response; the limit applies from the next call', async () => {
    let status = 500;
    const policy = policyOf(
      `<rate-limit-by-key calls="1" renewal-period="60" counter-key="k"
        increment-condition="@(context.Response.StatusCode == 200)" remaining-calls-variable-name="left" />`,
      { status: () => status },
    );
    // Failed calls are not counted.
    for (let i = 0; i < 3; i++) {
      const outcome = await policy.run({ url }, { now: T0 });
      expect(outcome.response?.status).toBe(500);
      expect(
        outcome.trace.some((entry) => entry.detail.includes('not counted (increment-condition is false)')),
      ).toBe(true);
    }
    status = 200;
    const counted = await policy.run({ url }, { now: T0 + 1000 });
    expect(counted).toMatchObject({ response: { status: 200 }, variables: { left: 1 } });
    expect(counted.trace.some((entry) => entry.detail.includes('counted 1 at the end of the response'))).toBe(
      true,
    );
    expect((await policy.run({ url }, { now: T0 + 2000 })).response).toMatchObject({
      status: 429,
      headers: { 'Retry-After': ['59'] },
    });
  });

  it('defers an expression increment-count, and increment-after-response with literals', async () => {
    const counted = policyOf(
      '<rate-limit-by-key calls="5" renewal-period="60" counter-key="k" increment-count="@(context.Response.StatusCode / 100)" />',
    );
    expect((await counted.run({ url }, { now: T0 })).response?.status).toBe(200);
    expect((await counted.run({ url }, { now: T0 })).response?.status).toBe(200);
    expect((await counted.run({ url }, { now: T0 })).response?.status).toBe(200);
    // 2 + 2 + 2 = 6 ≥ 5 after the third response.
    expect((await counted.run({ url }, { now: T0 })).response?.status).toBe(429);

    const late = policyOf(
      '<rate-limit-by-key calls="1" renewal-period="60" counter-key="late" increment-after-response="true" />',
    );
    const first = await late.run({ url }, { now: T0 });
    expect(first.trace.some((entry) => entry.detail.includes('counted at the end of the response'))).toBe(
      true,
    );
    expect((await late.run({ url }, { now: T0 })).response?.status).toBe(429);
  });

  it('records a deferred expression that fails and leaves the counter and the response as they are', async () => {
    const policy = policyOf(
      '<rate-limit-by-key calls="1" renewal-period="60" counter-key="k" increment-count="@(int.Parse("x"))" />',
    );
    for (let i = 0; i < 2; i++) {
      const outcome = await policy.run({ url }, { now: T0 });
      expect(outcome).toMatchObject({ response: { status: 200 }, lastError: null });
      expect(
        outcome.trace.find((entry) => entry.detail.startsWith('the deferred increment was not made'))?.data,
      ).toMatchObject({
        reason: 'ExpressionValueEvaluationFailure',
      });
    }
  });

  it('shares one counter per key value across scopes', async () => {
    const limit = '<rate-limit-by-key calls="4" renewal-period="60" counter-key="shared" />';
    const policy = compilePolicy(`<policies><inbound><base />${limit}</inbound></policies>`, {
      parents: [{ scope: 'product', source: `<policies><inbound>${limit}</inbound></policies>` }],
    });
    // Each call counts twice (product, then API scope): the third call finds 4 at the product scope.
    expect((await policy.run({ url }, { now: T0 })).kind).toBe('forward');
    expect((await policy.run({ url }, { now: T0 })).kind).toBe('forward');
    const third = await policy.run({ url }, { now: T0 });
    expect(third).toMatchObject({
      kind: 'respond',
      response: { status: 429 },
      lastError: { scope: 'product' },
    });
  });

  it('runs on-error after a rejection', async () => {
    const policy = policyOf('<rate-limit-by-key calls="1" renewal-period="60" counter-key="k" />', {
      onError:
        '<return-response><set-status code="503" /><set-body>@(context.LastError.Source + ": " + context.LastError.Reason)</set-body></return-response>',
    });
    await policy.run({ url }, { now: T0 });
    const outcome = await policy.run({ url }, { now: T0 });
    expect(outcome.response).toMatchObject({ status: 503, body: 'rate-limit-by-key: RateLimitExceeded' });
  });

  it('reports literal increment-condition and increment-count values it cannot read', () => {
    const policy = compilePolicy(
      '<policies><inbound><rate-limit-by-key calls="1" renewal-period="60" counter-key="k" increment-condition="yes" increment-count="many" /></inbound></policies>',
    );
    expect(policy.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.data?.attribute])).toEqual([
      ['invalid-policy-value', 'increment-condition'],
      ['invalid-policy-value', 'increment-count'],
    ]);
  });
});
