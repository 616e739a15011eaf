import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import type { Outcome, ResponseOutcome } from '../outcome/types.js';

const url = 'https://contoso.azure-api.net/echo/resource';

function response(outcome: Outcome): ResponseOutcome {
  if (outcome.kind !== 'respond') throw new Error(`expected a respond outcome, got ${outcome.kind}`);
  return outcome.response;
}

async function returned(children: string): Promise<ResponseOutcome> {
  const policy = compilePolicy(
    `<policies><inbound><return-response>${children}</return-response></inbound></policies>`,
  );
  expect(policy.diagnostics).toEqual([]);
  return response(await policy.run({ url }));
}

describe('set-status', () => {
  it('sets the code and the reason given', async () => {
    expect(await returned('<set-status code="418" reason="Short and stout" />')).toMatchObject({
      status: 418,
      reason: 'Short and stout',
    });
  });

  it("without a reason takes the code's standard phrase", async () => {
    expect(await returned('<set-status code="401" />')).toMatchObject({
      status: 401,
      reason: 'Unauthorized',
    });
    expect(await returned('<set-status code="404" />')).toMatchObject({ status: 404, reason: 'Not Found' });
    expect(await returned('<set-status code="503" />')).toMatchObject({
      status: 503,
      reason: 'Service Unavailable',
    });
  });

  it('an unusual code without a reason has an empty phrase', async () => {
    expect(await returned('<set-status code="299" />')).toMatchObject({ status: 299, reason: '' });
  });

  it('reads code and reason from expressions', async () => {
    expect(
      await returned('<set-status code="@(400 + 29)" reason="@(&quot;Slow&quot; + &quot; down&quot;)" />'),
    ).toMatchObject({ status: 429, reason: 'Slow down' });
  });

  it('an expression code that is no status code fails with InvalidStatusCode', async () => {
    const policy = compilePolicy(
      '<policies><inbound><return-response><set-status code="@(42)" /></return-response></inbound></policies>',
    );
    const outcome = await policy.run({ url });
    expect(outcome.lastError).toMatchObject({ source: 'set-status', reason: 'InvalidStatusCode' });
    expect(response(outcome).status).toBe(500);
  });

  it('an expression code that is not a number fails as an expression', async () => {
    const policy = compilePolicy(
      '<policies><inbound><return-response><set-status code="@(&quot;abc&quot;)" /></return-response></inbound></policies>',
    );
    const outcome = await policy.run({ url });
    expect(outcome.lastError).toMatchObject({
      reason: 'ExpressionValueEvaluationFailure',
      message:
        "Expression evaluation failed. Unable to cast object of type 'System.String' to type 'System.Int32'.",
    });
  });

  it('in outbound changes the backend response; the pipeline goes on', async () => {
    const policy = compilePolicy(
      `<policies><inbound /><backend><forward-request /></backend><outbound>
        <set-status code="202" />
        <set-variable name="after" value="@(context.Response.StatusCode)" />
      </outbound></policies>`,
      { defaultGlobal: false, services: { backend: () => ({ status: 200, body: 'ok' }) } },
    );
    const outcome = await policy.run({ url });
    expect(response(outcome)).toMatchObject({ status: 202, reason: 'Accepted', body: 'ok' });
    expect(outcome.variables).toEqual({ after: 202 });
  });
});
