import { createTestPki } from '@apim-policy/x509';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import type { ForwardedRequest, Outcome, ResponseOutcome } from '../outcome/types.js';

const url = 'https://contoso.azure-api.net/echo/resource';

function forwarded(outcome: Outcome): ForwardedRequest {
  if (outcome.kind !== 'forward') throw new Error(`expected a forward outcome, got ${outcome.kind}`);
  return outcome.request;
}

function response(outcome: Outcome): ResponseOutcome {
  if (outcome.kind !== 'respond') throw new Error(`expected a respond outcome, got ${outcome.kind}`);
  return outcome.response;
}

async function requestBody(policies: string, body: string | null = null, contentType = 'text/plain') {
  const policy = compilePolicy(`<policies><inbound>${policies}</inbound></policies>`);
  expect(policy.diagnostics).toEqual([]);
  return forwarded(await policy.run({ url, method: 'POST', headers: { 'Content-Type': contentType }, body }))
    .body;
}

describe('set-body', () => {
  it('sets a literal body, markup included', async () => {
    expect(await requestBody('<set-body>plain &amp; simple</set-body>')).toBe('plain & simple');
    expect(await requestBody('<set-body><soap:Envelope a="1">x</soap:Envelope></set-body>')).toBe(
      '<soap:Envelope a="1">x</soap:Envelope>',
    );
  });

  it("sets an expression's value: text as is, other values by .NET ToString()", async () => {
    expect(await requestBody('<set-body>@("from " + context.Request.Method)</set-body>')).toBe('from POST');
    expect(await requestBody('<set-body>@(1 == 1)</set-body>')).toBe('True');
    expect(await requestBody('<set-body>@((string)null)</set-body>')).toBe('');
  });

  it('a JObject becomes its indented JSON, however long', async () => {
    const body = await requestBody(
      '<set-body>@(new JObject(new JProperty("long", new string(\'x\', 300))))</set-body>',
    );
    expect(body).toBe(`{\r\n  "long": "${'x'.repeat(300)}"\r\n}`);
  });

  it('keeps a byte array as bytes', async () => {
    const policy = compilePolicy(`<policies><inbound>
      <set-body>@(new byte[] { 0x68, 0xC3, 0xA9 })</set-body>
      <set-variable name="length" value="@(context.Request.Body.As&lt;byte[]&gt;(preserveContent: true).Length)" />
    </inbound></policies>`);
    const outcome = await policy.run({ url });
    expect(forwarded(outcome).body).toBe('hé');
    expect(outcome.variables).toEqual({ length: 3 });
    expect(outcome.trace.find((entry) => entry.policy === 'set-body')?.detail).toBe(
      'request body set (3 bytes)',
    );
  });

  it('reads the body it replaces (preserveContent) and changes the request in inbound', async () => {
    expect(
      await requestBody(
        '<set-body>@(context.Request.Body.As&lt;string&gt;(preserveContent: true).ToUpper())</set-body>',
        'shout',
      ),
    ).toBe('SHOUT');
  });

  it('in outbound replaces the body the backend answered', async () => {
    const policy = compilePolicy(
      `<policies><inbound /><backend><forward-request /></backend><outbound>
        <set-body>@{
          var body = context.Response.Body.As&lt;JObject&gt;();
          body["seen"] = true;
          return body.ToString(Newtonsoft.Json.Formatting.None);
        }</set-body>
      </outbound></policies>`,
      {
        defaultGlobal: false,
        services: {
          backend: (request) => ({
            status: 200,
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ got: request.body }),
          }),
        },
      },
    );
    expect(policy.diagnostics).toEqual([]);
    const outcome = await policy.run({ url, method: 'POST', body: 'sent' });
    expect(response(outcome)).toMatchObject({ status: 200, body: '{"got":"sent","seen":true}' });
    expect(outcome.kind === 'respond' && outcome.forwarded?.body).toBe('sent');
  });

  it('in on-error replaces the error body', async () => {
    const policy = compilePolicy(`<policies>
      <inbound><set-variable name="boom" value="@(((string)null).Length)" /></inbound>
      <on-error><set-body>@("failed: " + context.LastError.Reason)</set-body></on-error>
    </policies>`);
    expect(response(await policy.run({ url }))).toMatchObject({
      status: 500,
      body: 'failed: ExpressionValueEvaluationFailure',
    });
  });
});

describe('set-body template="liquid"', () => {
  it('renders a JSON body into XML (a payload with markup)', async () => {
    const body = await requestBody(
      `<set-body template="liquid"><order id="{{body.id}}">{% for item in body.items %}<item>{{item.name | Upcase}}</item>{% endfor %}</order></set-body>`,
      JSON.stringify({ id: 7, items: [{ name: 'a' }, { name: 'b' }] }),
      'application/json; charset=utf-8',
    );
    expect(body).toBe('<order id="7"><item>A</item><item>B</item></order>');
  });

  it('renders an XML body into JSON (a text template, entities decoded)', async () => {
    const body = await requestBody(
      '<set-body template="liquid">{"id": {{body.order["@id"]}}, "first": "{{body.order.item[0].sku}}", "and": "&amp;"}</set-body>',
      '<order id="7"><item><sku>A1</sku></item><item><sku>B2</sku></item></order>',
      'text/xml',
    );
    expect(JSON.parse(body ?? '')).toEqual({ id: 7, first: 'A1', and: '&' });
  });

  it('reads a CDATA template', async () => {
    const body = await requestBody(
      '<set-body template="liquid"><![CDATA[{"v": "{{ body | Upcase }}", "raw": "&amp;"}]]></set-body>',
      'text',
    );
    expect(body).toBe('{"v": "TEXT", "raw": "&amp;"}');
  });

  it('sees context: request URL, method, headers (any case), matched parameters, IP, HasBody', async () => {
    const policy = compilePolicy(`<policies><inbound>
      <set-method>PUT</set-method>
      <set-query-parameter name="added" exists-action="override"><value>1</value></set-query-parameter>
      <set-body template="liquid">{{context.Request.Method}} (was {{context.Request.OriginalMethod}}) {{context.Request.Url.Scheme}}://{{context.Request.Url.Host}}:{{context.Request.Url.Port}}{{context.Request.Url.Path}}{{context.Request.Url.QueryString}}
url={{context.Request.Url.ToString}} original={{context.Request.OriginalUrl.ToUri}} q={{context.Request.Url.Query.ADDED}}
ct={{context.Request.Headers["content-type"]}} multi={{context.Request.Headers.X-Multi}} id={{context.Request.MatchedParameters.ID}}
ip={{context.Request.IpAddress}} body={{context.Request.HasBody}} certs={{context.Request.ClientCertificates.size}} status={{context.Response.StatusCode}}</set-body>
    </inbound></policies>`);
    expect(policy.diagnostics).toEqual([]);
    const outcome = await policy.run({
      url: `${url}?q=1`,
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'X-Multi': ['a', 'b'] },
      body: 'x',
      clientIp: '203.0.113.9',
      matchedParameters: { id: '42' },
    });
    expect(forwarded(outcome).body).toBe(
      'PUT (was POST) https://echoapi.cloudapp.net:443/api/resource?q=1&added=1\n' +
        'url=https://echoapi.cloudapp.net/api/resource?q=1&added=1 original=https://contoso.azure-api.net/echo/resource?q=1 q=1\n' +
        'ct=text/plain multi=a,b id=42\n' +
        'ip=203.0.113.9 body=true certs=0 status=200',
    );
  });

  it('sees the client certificate in ClientCertificates', async () => {
    const pki = createTestPki({ now: new Date(Date.UTC(2024, 0, 1)) });
    const certificate = pki.selfSigned({ subject: 'CN=caller' });
    const policy = compilePolicy(
      '<policies><inbound><set-body template="liquid">{% for c in context.Request.ClientCertificates %}{{ c.Subject }} {{ c.Thumbprint }}{% endfor %}</set-body></inbound></policies>',
    );
    const outcome = await policy.run({ url, certificate }, { now: Date.UTC(2024, 0, 2) });
    expect(forwarded(outcome).body).toBe(`CN=caller ${certificate.thumbprint}`);
  });

  it('in outbound reads the backend response body and headers', async () => {
    const policy = compilePolicy(
      `<policies><inbound /><backend><forward-request /></backend><outbound>
        <set-body template="liquid">{{context.Response.StatusCode}} {{context.Response.Headers.x-backend}} {{body.value | Times: 2}}</set-body>
      </outbound></policies>`,
      {
        defaultGlobal: false,
        services: {
          backend: () => ({
            status: 201,
            headers: { 'Content-Type': 'application/json', 'X-Backend': 'b1' },
            body: '{"value": 21}',
          }),
        },
      },
    );
    expect(policy.diagnostics).toEqual([]);
    expect(response(await policy.run({ url }))).toMatchObject({ status: 201, body: '201 b1 42' });
  });

  it('inside return-response the body is nil', async () => {
    const policy = compilePolicy(`<policies><inbound>
      <return-response>
        <set-header name="Content-Type" exists-action="override"><value>application/json</value></set-header>
        <set-body template="liquid">[{{ body }}]{% if body == nil %}nil{% endif %} {{ context.Request.HasBody }}</set-body>
      </return-response>
    </inbound></policies>`);
    expect(policy.diagnostics).toEqual([]);
    const outcome = await policy.run({
      url,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"a":1}',
    });
    expect(response(outcome).body).toBe('[]nil true');
  });

  it('a body an expression consumed is nil', async () => {
    const body = await requestBody(
      `<set-variable name="read" value="@(context.Request.Body.As&lt;string&gt;())" />
       <set-body template="liquid">[{{ body }}]</set-body>`,
      'content',
    );
    expect(body).toBe('[]');
  });

  it('renders dates with the run clock and time zone', async () => {
    const policy = compilePolicy(
      '<policies><inbound><set-body template="liquid">{{ "now" | Date: "yyyy-MM-dd HH:mm" }}</set-body></inbound></policies>',
    );
    const outcome = await policy.run(
      { url },
      { now: Date.UTC(2024, 0, 15, 23, 30), timeZone: 'Europe/Amsterdam' },
    );
    expect(forwarded(outcome).body).toBe('2024-01-16 00:30');
  });

  it('xsi-nil: blank (default) gives "", null gives nil', async () => {
    const xml = '<r xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><a i:nil="true" /><b>text</b></r>';
    const template =
      '[{{ body.r.a }}]{% if body.r.a == nil %}nil{% endif %}{% if body.r.a == "" %}blank{% endif %} {{ body.r.b }}';
    expect(
      await requestBody(`<set-body template="liquid">${template}</set-body>`, xml, 'application/xml'),
    ).toBe('[]blank text');
    expect(
      await requestBody(
        `<set-body template="liquid" xsi-nil="null">${template}</set-body>`,
        xml,
        'application/xml',
      ),
    ).toBe('[]nil text');
  });

  it('a render error fails with LiquidRenderFailure', async () => {
    const policy = compilePolicy(
      '<policies><inbound><set-body template="liquid">{{ 1 | DividedBy: 0 }}</set-body></inbound></policies>',
    );
    const outcome = await policy.run({ url });
    expect(outcome.lastError).toMatchObject({ source: 'set-body', reason: 'LiquidRenderFailure' });
    expect(outcome.lastError?.message).toMatch(/^The Liquid template of set-body failed: /);
    expect(response(outcome).status).toBe(500);
  });

  it('a body that is not what its Content-Type says fails with LiquidRenderFailure', async () => {
    const policy = compilePolicy(
      '<policies><inbound><set-body template="liquid">{{ body.a }}</set-body></inbound></policies>',
    );
    const outcome = await policy.run({
      url,
      headers: { 'Content-Type': 'application/json' },
      body: '{not json',
    });
    expect(outcome.lastError).toMatchObject({ reason: 'LiquidRenderFailure' });
    expect(outcome.lastError?.message).toMatch(/The body is not valid JSON/);
  });

  it('reports what the template does not support at its place in the file (same line)', () => {
    const text =
      '<policies><inbound><set-body template="liquid">ok {% include "x" %}</set-body></inbound></policies>';
    const policy = compilePolicy(text);
    expect(policy.ok).toBe(false);
    const [diagnostic] = policy.diagnostics;
    expect(diagnostic).toMatchObject({ code: 'liquid-not-supported', severity: 'error' });
    // The parser points at the tag's name.
    const at = text.indexOf('include');
    expect(diagnostic?.range[0]).toBe(at);
    expect(diagnostic?.loc.start).toEqual({ line: 1, column: at });
    expect(diagnostic?.message).toMatch(/^This Liquid template uses something the engine does not support: /);
  });

  it('maps positions on later lines of a payload and inside CDATA', () => {
    const payload = [
      '<policies>',
      '  <inbound>',
      '    <set-body template="liquid"><root>',
      '      <a>{{ body.a | NoSuchFilter }}</a>',
      '    </root></set-body>',
      '    <set-body template="liquid"><![CDATA[x {% tablerow i in body %}{% endtablerow %}]]></set-body>',
      '  </inbound>',
      '</policies>',
    ].join('\n');
    const policy = compilePolicy(payload);
    const filterAt = payload.indexOf('NoSuchFilter');
    const tablerowAt = payload.indexOf('tablerow');
    const columnOf = (offset: number) => offset - payload.lastIndexOf('\n', offset) - 1;
    expect(policy.diagnostics).toMatchObject([
      {
        code: 'liquid-not-supported',
        data: { liquid: 'liquid-unsupported-filter' },
        range: [filterAt, filterAt + 'NoSuchFilter'.length],
        loc: {
          start: { line: 4, column: columnOf(filterAt) },
          end: { line: 4, column: columnOf(filterAt) + 'NoSuchFilter'.length },
        },
      },
      {
        code: 'liquid-not-supported',
        data: { liquid: 'liquid-unsupported-tag' },
        range: [tablerowAt, tablerowAt + 'tablerow'.length],
        loc: { start: { line: 6, column: columnOf(tablerowAt) } },
      },
    ]);
  });
});
