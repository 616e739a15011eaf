import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import type { Outcome } from '../outcome/types.js';

const url = 'https://contoso.azure-api.net/echo/partners/15?version=2';

function forwardedUrl(outcome: Outcome): string {
  if (outcome.kind !== 'forward') throw new Error(`expected a forward outcome, got ${outcome.kind}`);
  return outcome.request.url;
}

async function run(policies: string, request = url): Promise<Outcome> {
  const policy = compilePolicy(`<policies><inbound>${policies}</inbound></policies>`);
  expect(policy.diagnostics).toEqual([]);
  return policy.run({ url: request });
}

describe('set-backend-service', () => {
  it('base-url replaces the service URL; the operation-relative path and the query stay', async () => {
    const outcome = await run('<set-backend-service base-url="http://contoso.com/api/10.4/" />');
    expect(forwardedUrl(outcome)).toBe('http://contoso.com/api/10.4/partners/15?version=2');
  });

  it('base-url from an expression, with a port; the query text is kept as sent', async () => {
    const outcome = await run(
      `<set-variable name="backend" value="https://backend.example.com:8443" />
       <set-backend-service base-url="@((string)context.Variables[&quot;backend&quot;])" />
       <set-variable name="host" value="@(context.Request.Url.Host)" />
       <set-variable name="port" value="@(context.Request.Url.Port)" />`,
      'https://contoso.azure-api.net/echo/a?q=a+b&x',
    );
    expect(forwardedUrl(outcome)).toBe('https://backend.example.com:8443/a?q=a+b&x');
    expect(outcome.variables).toMatchObject({ host: 'backend.example.com', port: 8443 });
  });

  it("a query in base-url comes before the request's parameters", async () => {
    const outcome = await run('<set-backend-service base-url="https://b.example.com/x?code=abc" />');
    expect(forwardedUrl(outcome)).toBe('https://b.example.com/x/partners/15?code=abc&version=2');
  });

  it('a second base-url replaces the first, keeping what rewrite-uri did in between', async () => {
    const outcome = await run(
      `<set-backend-service base-url="https://one.example.com/v1" />
       <rewrite-uri template="/orders" copy-unmatched-params="false" />
       <set-backend-service base-url="https://two.example.com/v2/" />`,
    );
    expect(forwardedUrl(outcome)).toBe('https://two.example.com/v2/orders');
  });

  it('a literal base-url that is not an absolute http(s) URL is a load error', () => {
    for (const value of ['not a url', 'ftp://files.example.com/x']) {
      const policy = compilePolicy(
        `<policies><inbound><set-backend-service base-url="${value}" /></inbound></policies>`,
      );
      expect(policy.diagnostics).toMatchObject([
        { code: 'invalid-policy-value', severity: 'error', data: { value, attribute: 'base-url' } },
      ]);
    }
  });

  it('an expression base-url that is not a URL fails with InvalidBackendUrl', async () => {
    const outcome = await run('<set-backend-service base-url="@(&quot;relative/path&quot;)" />');
    expect(outcome.lastError).toMatchObject({ source: 'set-backend-service', reason: 'InvalidBackendUrl' });
    expect(outcome).toMatchObject({ kind: 'respond', response: { status: 500 } });
  });

  it('backend-id sets context.Backend and records the id; the URL stays (no backend registry)', async () => {
    const outcome = await run(
      `<set-variable name="before" value="@(context.Backend == null)" />
       <set-backend-service backend-id="@(&quot;payg-&quot; + 1)" />
       <set-variable name="id" value="@(context.Backend.Id)" />`,
    );
    expect(outcome.variables).toEqual({ before: true, id: 'payg-1' });
    expect(forwardedUrl(outcome)).toBe('https://echoapi.cloudapp.net/api/partners/15?version=2');
    expect(outcome.trace.find((entry) => entry.policy === 'set-backend-service')).toMatchObject({
      data: { backendId: 'payg-1', url: 'https://echoapi.cloudapp.net/api/partners/15?version=2' },
    });
  });

  it('Dapr: sends the request to the sidecar as documented', async () => {
    const outcome = await run(
      '<set-backend-service backend-id="dapr" dapr-app-id="echo" dapr-method="back" dapr-namespace="echo-app" />',
    );
    expect(forwardedUrl(outcome)).toBe(
      'http://localhost:3500/v1.0/invoke/echo.echo-app/method/back?version=2',
    );
  });

  it('Dapr without a namespace', async () => {
    const outcome = await run(
      '<set-backend-service backend-id="dapr" dapr-app-id="orders" dapr-method="list/all" />',
    );
    expect(forwardedUrl(outcome)).toBe('http://localhost:3500/v1.0/invoke/orders/method/list/all?version=2');
  });

  it('Service Fabric attributes are evaluated and recorded; the URL stays', async () => {
    const outcome = await run(
      '<set-backend-service backend-id="my-sf-backend" sf-resolve-condition="@(false)" sf-service-instance-name="fabric:/myapp/myservice" sf-partition-key="partition1" sf-listener-name="listener1" sf-replica-type="primary" />',
    );
    expect(forwardedUrl(outcome)).toBe('https://echoapi.cloudapp.net/api/partners/15?version=2');
    expect(outcome.trace.find((entry) => entry.policy === 'set-backend-service')?.data).toMatchObject({
      backendId: 'my-sf-backend',
      serviceFabric: {
        'sf-resolve-condition': false,
        'sf-service-instance-name': 'fabric:/myapp/myservice',
        'sf-partition-key': 'partition1',
        'sf-listener-name': 'listener1',
        'sf-replica-type': 'primary',
      },
    });
  });

  it('without base-url, backend-id or dapr-app-id it is a load error', () => {
    const policy = compilePolicy('<policies><inbound><set-backend-service /></inbound></policies>');
    expect(policy.diagnostics).toMatchObject([{ code: 'invalid-policy-value', severity: 'error' }]);
  });

  it('dapr-app-id without dapr-method is a load error', () => {
    const policy = compilePolicy(
      '<policies><inbound><set-backend-service backend-id="dapr" dapr-app-id="echo" /></inbound></policies>',
    );
    expect(policy.diagnostics).toMatchObject([
      { code: 'invalid-policy-value', severity: 'error', data: { attribute: 'dapr-app-id' } },
    ]);
  });

  it('a request outside the API suffix keeps its URL; base-url replaces its origin', async () => {
    const outcome = await run(
      '<set-backend-service base-url="https://b.example.com/root" />',
      'https://contoso.azure-api.net/elsewhere/x?y=1',
    );
    expect(forwardedUrl(outcome)).toBe('https://b.example.com/root/elsewhere/x?y=1');
  });
});
