import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';

const url = 'https://contoso.azure-api.net/echo/resource';

describe('trace', () => {
  it('records a message entry with source, severity, message and metadata; the request goes on', async () => {
    const policy = compilePolicy(`<policies><inbound>
      <trace source="orders-api" severity="information">
        <message>@("Caller " + context.Request.IpAddress)</message>
        <metadata name="method" value="@(context.Request.Method)" />
        <metadata name="kind" value="audit" />
      </trace>
      <set-variable name="after" value="yes" />
    </inbound></policies>`);
    const outcome = await policy.run({ url, clientIp: '10.1.2.3' });
    expect(outcome).toMatchObject({ kind: 'forward', variables: { after: 'yes' } });
    expect(outcome.trace.find((entry) => entry.kind === 'message')).toMatchObject({
      policy: 'trace',
      section: 'inbound',
      detail: '[information] orders-api: Caller 10.1.2.3',
      data: {
        source: 'orders-api',
        severity: 'information',
        message: 'Caller 10.1.2.3',
        metadata: { method: 'GET', kind: 'audit' },
      },
    });
  });

  it('defaults to verbose, trims literal messages, and reads the older form without <message>', async () => {
    const policy = compilePolicy(`<policies><inbound>
      <trace source="a"><message>
        plain text
      </message></trace>
      <trace source="b">@(context.Request.Method)</trace>
    </inbound></policies>`);
    const messages = (await policy.run({ url })).trace.filter((entry) => entry.kind === 'message');
    expect(messages.map((entry) => entry.detail)).toEqual(['[verbose] a: plain text', '[verbose] b: GET']);
  });

  it('evaluates its expressions even when no trace is recorded', async () => {
    const policy = compilePolicy(
      '<policies><inbound><trace source="a"><message>@(context.Variables["none"].ToString())</message></trace></inbound></policies>',
    );
    const outcome = await policy.run({ url }, { trace: false });
    expect(outcome).toMatchObject({
      kind: 'respond',
      response: { status: 500 },
      lastError: { source: 'trace', reason: 'ExpressionValueEvaluationFailure' },
    });
  });
});
