import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import type { Outcome } from '../outcome/types.js';
import type { RequestDescription } from '../run/description.js';
import type { RunOptions } from '../run/run-options.js';

function forwardedUrl(outcome: Outcome): string {
  if (outcome.kind !== 'forward') throw new Error(`expected a forward outcome, got ${outcome.kind}`);
  return outcome.request.url;
}

async function run(
  policies: string,
  request: RequestDescription,
  options: RunOptions = {},
): Promise<Outcome> {
  const policy = compilePolicy(`<policies><inbound>${policies}</inbound></policies>`);
  expect(policy.diagnostics).toEqual([]);
  return policy.run(request, options);
}

/** The documentation's example: request `/get?a=b&c=d` to the operation `/get?a={b}`. */
const documented = {
  request: {
    url: 'https://contoso.azure-api.net/echo/get?a=b&c=d',
    matchedParameters: { b: 'b' },
  },
  options: { identity: { operation: { urlTemplate: '/get?a={b}' } } },
} as const;

describe('rewrite-uri', () => {
  it('copies unmatched query parameters by default (the documented /put?c=d)', async () => {
    const outcome = await run('<rewrite-uri template="/put" />', documented.request, documented.options);
    expect(forwardedUrl(outcome)).toBe('https://echoapi.cloudapp.net/api/put?c=d');
  });

  it('copy-unmatched-params="false" drops the query', async () => {
    const outcome = await run(
      '<rewrite-uri template="/put" copy-unmatched-params="false" />',
      documented.request,
      documented.options,
    );
    expect(forwardedUrl(outcome)).toBe('https://echoapi.cloudapp.net/api/put');
  });

  it('fills {name} from MatchedParameters, escaped, in the path and the query', async () => {
    const outcome = await run(
      '<rewrite-uri template="/v2/US/hardware/{storenumber}&amp;{ordernumber}?City={city}&amp;State=state" />',
      {
        url: 'https://contoso.azure-api.net/echo/12/34?city=x',
        matchedParameters: { storenumber: '12', ordernumber: 'a b/c', city: 'New York' },
      },
      { identity: { operation: { urlTemplate: '/{storenumber}/{ordernumber}?city={city}' } } },
    );
    expect(forwardedUrl(outcome)).toBe(
      'https://echoapi.cloudapp.net/api/v2/US/hardware/12&a%20b%2Fc?City=New%20York&State=state',
    );
  });

  it('keeps the slashes of a {*wildcard} value', async () => {
    const outcome = await run(
      '<rewrite-uri template="/files/{*path}" />',
      { url: 'https://contoso.azure-api.net/echo/docs/a/b c.txt', matchedParameters: { path: 'a/b c.txt' } },
      { identity: { operation: { urlTemplate: '/docs/{*path}' } } },
    );
    expect(forwardedUrl(outcome)).toBe('https://echoapi.cloudapp.net/api/files/a/b%20c.txt');
  });

  it("the template's query parameters win over copied ones", async () => {
    const outcome = await run(
      '<rewrite-uri template="/put?c=template&amp;e=5" />',
      documented.request,
      documented.options,
    );
    expect(forwardedUrl(outcome)).toBe('https://echoapi.cloudapp.net/api/put?c=template&e=5');
  });

  it('copies the query as earlier policies left it', async () => {
    const outcome = await run(
      `<set-query-parameter name="added" exists-action="override"><value>1</value></set-query-parameter>
       <rewrite-uri template="put" />`,
      documented.request,
      documented.options,
    );
    expect(forwardedUrl(outcome)).toBe('https://echoapi.cloudapp.net/api/put?c=d&added=1');
  });

  it('keeps the service URL path prefix and takes the template from an expression', async () => {
    const outcome = await run(
      '<rewrite-uri template="@(&quot;/v&quot; + (1 + 1) + &quot;/&quot; + context.Request.MatchedParameters[&quot;id&quot;])" />',
      { url: 'https://contoso.azure-api.net/shop/items/7?x=1', matchedParameters: { id: '7' } },
      {
        identity: {
          api: { path: 'shop', serviceUrl: 'https://backend.example.com:8443/base/path/' },
          operation: { urlTemplate: '/items/{id}' },
        },
      },
    );
    expect(forwardedUrl(outcome)).toBe('https://backend.example.com:8443/base/path/v2/7?x=1');
  });

  it('changes context.Request.Url for later expressions; OriginalUrl stays', async () => {
    const outcome = await run(
      `<rewrite-uri template="/put" />
       <set-variable name="path" value="@(context.Request.Url.Path)" />
       <set-variable name="original" value="@(context.Request.OriginalUrl.Path)" />`,
      documented.request,
      documented.options,
    );
    expect(outcome.variables).toEqual({ path: '/api/put', original: '/echo/get' });
  });

  it('a placeholder the operation did not match fails with TemplateParameterNotFound', async () => {
    const outcome = await run(
      '<rewrite-uri template="/put/{missing}" />',
      documented.request,
      documented.options,
    );
    expect(outcome.lastError).toMatchObject({
      source: 'rewrite-uri',
      reason: 'TemplateParameterNotFound',
      path: 'rewrite-uri[1]',
    });
    expect(outcome).toMatchObject({ kind: 'respond', response: { status: 500 } });
  });

  it('after set-backend-service base-url, rewrites under the new base', async () => {
    const outcome = await run(
      `<set-backend-service base-url="https://other.example.com/v9" />
       <rewrite-uri template="/put" />`,
      documented.request,
      documented.options,
    );
    expect(forwardedUrl(outcome)).toBe('https://other.example.com/v9/put?c=d');
  });

  it('records the rewrite in the trace', async () => {
    const outcome = await run('<rewrite-uri template="/put" />', documented.request, documented.options);
    expect(outcome.trace.find((entry) => entry.policy === 'rewrite-uri')).toMatchObject({
      kind: 'policy',
      detail: 'rewrites /get to /api/put?c=d',
      data: { template: '/put', copied: ['c'] },
    });
  });
});
