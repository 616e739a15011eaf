import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import type { Outcome } from '../outcome/types.js';

const url = 'https://contoso.azure-api.net/echo/resource';

function forwardedMethod(outcome: Outcome): string {
  if (outcome.kind !== 'forward') throw new Error(`expected a forward outcome, got ${outcome.kind}`);
  return outcome.request.method;
}

describe('set-method', () => {
  it('sets the method the backend receives from a literal (trimmed)', async () => {
    const policy = compilePolicy(`<policies><inbound>
      <set-method>
        POST
      </set-method>
      <set-variable name="seen" value="@(context.Request.Method)" />
    </inbound></policies>`);
    expect(policy.diagnostics).toEqual([]);
    const outcome = await policy.run({ url, method: 'GET' });
    expect(forwardedMethod(outcome)).toBe('POST');
    expect(outcome.variables).toEqual({ seen: 'POST' });
  });

  it('sets the method from an expression, keeping its case', async () => {
    const policy = compilePolicy(`<policies><inbound>
      <set-method>@(context.Request.Headers.GetValueOrDefault("X-Method", "patch"))</set-method>
    </inbound></policies>`);
    expect(policy.diagnostics).toEqual([]);
    expect(forwardedMethod(await policy.run({ url, headers: { 'X-Method': 'DELETE' } }))).toBe('DELETE');
    expect(forwardedMethod(await policy.run({ url }))).toBe('patch');
  });

  it('fails with InvalidHttpMethod when the value is not an HTTP token', async () => {
    const policy = compilePolicy(`<policies><inbound>
      <set-method>@("GET ME")</set-method>
    </inbound><on-error><set-variable name="reason" value="@(context.LastError.Reason)" /></on-error></policies>`);
    const outcome = await policy.run({ url });
    expect(outcome.lastError).toMatchObject({
      source: 'set-method',
      reason: 'InvalidHttpMethod',
      message: "'GET ME' is not a valid HTTP method",
    });
    expect(outcome).toMatchObject({ kind: 'respond', response: { status: 500 } });
    expect(outcome.variables).toEqual({ reason: 'InvalidHttpMethod' });
  });

  it('a literal that is not an HTTP method is a load error at the element', () => {
    for (const content of ['', 'GET ME', 'GET/1']) {
      const policy = compilePolicy(
        `<policies><inbound><set-method>${content}</set-method></inbound></policies>`,
      );
      expect(policy.diagnostics).toMatchObject([
        {
          code: 'invalid-policy-value',
          severity: 'error',
          loc: { start: { line: 1, column: 19 } },
          data: { value: content, element: 'set-method' },
        },
      ]);
    }
  });
});
