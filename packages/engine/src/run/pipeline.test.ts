import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';

const url = 'https://contoso.azure-api.net/echo/resource?x=1';

/** The rows of apim-semantics §0 that belong to the pipeline (policies have their own tests). */
describe('the pipeline, as API Management runs it', () => {
  it('§0.1 reads raw policy XML: unescaped quotes, < and && inside expressions', async () => {
    const policy = compilePolicy(`<policies><inbound>
      <set-variable name="ok" value="@(context.Request.Headers.GetValueOrDefault("A","") != "" && 1 < 2)" />
      <set-variable name="escaped" value="@(&quot;a&quot; + &quot;b&quot;)" />
    </inbound></policies>`);
    expect(policy.diagnostics).toEqual([]);
    const outcome = await policy.run({ url, headers: { A: 'yes' } });
    expect(outcome.variables).toEqual({ ok: true, escaped: 'ab' });
  });

  it('§0.2 substitutes named values as text first, inside C# and in attributes without expressions', async () => {
    const policy = compilePolicy(
      `<policies><inbound>
        <set-variable name="{{var-name}}" value="@("{{greeting}}".ToUpper())" />
        <set-header name="X-Raw" exists-action="override"><value>{{greeting}}-suffix</value></set-header>
      </inbound></policies>`,
      { namedValues: { 'var-name': 'greeting', greeting: 'hello' } },
    );
    expect(policy.diagnostics).toEqual([]);
    const outcome = await policy.run({ url });
    expect(outcome.variables).toEqual({ greeting: 'HELLO' });
    if (outcome.kind !== 'forward') throw new Error('expected forward');
    expect(outcome.request.headers['X-Raw']).toEqual(['hello-suffix']);
  });

  it('§0.2 an unresolved named value is an error when running', () => {
    const policy = compilePolicy(
      '<policies><inbound><set-variable name="a" value="{{missing}}" /></inbound></policies>',
    );
    expect(policy.ok).toBe(false);
    expect(policy.diagnostics.map((diagnostic) => diagnostic.severity)).toEqual(['error']);
  });

  it('§0.5 return-response ends everything: no later policy, no backend, no outbound, no on-error', async () => {
    let called = false;
    const policy = compilePolicy(
      `<policies>
        <inbound><return-response><set-status code="202" reason="Accepted" /></return-response><set-variable name="after" value="x" /></inbound>
        <outbound><set-variable name="outbound" value="x" /></outbound>
        <on-error><set-variable name="on-error" value="x" /></on-error>
      </policies>`,
      {
        services: {
          backend: () => {
            called = true;
            return { status: 200 };
          },
        },
      },
    );
    const outcome = await policy.run({ url });
    expect(called).toBe(false);
    expect(outcome).toMatchObject({
      kind: 'respond',
      response: { status: 202, reason: 'Accepted', body: null },
      variables: {},
    });
  });

  it('§0.6 an expression that throws goes to on-error with ExpressionValueEvaluationFailure and a 500', async () => {
    const policy = compilePolicy(
      `<policies>
        <inbound>
          <choose>
            <when condition="@(false)" />
            <when condition="@(context.Request.Certificate.Thumbprint == &quot;A&quot;)"><set-variable name="never" value="x" /></when>
          </choose>
        </inbound>
        <on-error>
          <set-variable name="seen-status" value="@(context.Response.StatusCode)" />
          <set-variable name="seen-reason" value="@(context.LastError.Reason)" />
        </on-error>
      </policies>`,
      { file: 'api.xml' },
    );
    const outcome = await policy.run({ url }, { requestId: '11111111-2222-3333-4444-555555555555' });
    expect(outcome.lastError).toEqual({
      source: 'choose',
      reason: 'ExpressionValueEvaluationFailure',
      message: 'Expression evaluation failed. Object reference not set to an instance of an object.',
      scope: 'api',
      section: 'inbound',
      path: 'choose[1]/when[2]',
      policyId: '',
    });
    expect(outcome.variables).toEqual({
      'seen-status': 500,
      'seen-reason': 'ExpressionValueEvaluationFailure',
    });
    expect(outcome).toMatchObject({
      kind: 'respond',
      response: {
        status: 500,
        headers: { 'Content-Type': ['application/json'] },
        body: '{ "statusCode": 500, "message": "Internal server error", "activityId": "11111111-2222-3333-4444-555555555555" }',
      },
    });
  });

  it('§0.6 LastError names the failing policy, its id, its scope and section', async () => {
    const policy = compilePolicy(
      `<policies><inbound><base /></inbound><outbound>
        <set-header name="X" exists-action="override" id="the-header"><value>@(((string)null).Length.ToString())</value></set-header>
      </outbound></policies>`,
      { scope: 'operation', services: { backend: () => ({ status: 200 }) } },
    );
    const outcome = await policy.run({ url });
    expect(outcome.lastError).toMatchObject({
      source: 'set-header',
      scope: 'operation',
      section: 'outbound',
      path: 'set-header[1]',
      policyId: 'the-header',
    });
  });

  it('an error inside on-error keeps its 500 and does not run on-error again', async () => {
    const policy = compilePolicy(`<policies>
      <inbound><set-variable name="a" value="@(1 / int.Parse(&quot;0&quot;))" /></inbound>
      <on-error><set-variable name="b" value="@(((string)null).Length)" /><set-variable name="c" value="never" /></on-error>
    </policies>`);
    const outcome = await policy.run({ url });
    expect(outcome).toMatchObject({ kind: 'respond', response: { status: 500 } });
    expect(outcome.lastError).toMatchObject({ section: 'on-error', path: 'set-variable[1]' });
    expect(outcome.variables).toEqual({});
  });

  it('on-error can shape the response; without on-error the prepared error response is sent', async () => {
    const shaped = compilePolicy(`<policies>
      <inbound><set-variable name="a" value="@(int.Parse(&quot;x&quot;))" /></inbound>
      <on-error><return-response><set-status code="418" reason="Teapot" /><set-body>@(context.LastError.Message)</set-body></return-response></on-error>
    </policies>`);
    const outcome = await shaped.run({ url });
    expect(outcome).toMatchObject({
      kind: 'respond',
      response: {
        status: 418,
        reason: 'Teapot',
        body: 'Expression evaluation failed. Input string was not in a correct format.',
      },
    });
  });

  it('§0.9 context.Request.Url is the backend URL; OriginalUrl is what the client sent', async () => {
    const policy = compilePolicy(`<policies><inbound>
      <set-variable name="url" value="@(context.Request.Url.ToString())" />
      <set-variable name="original" value="@(context.Request.OriginalUrl.ToString())" />
    </inbound></policies>`);
    const outcome = await policy.run(
      { url: 'https://contoso.azure-api.net/api/partners/15?version=1' },
      { identity: { api: { path: 'api', serviceUrl: 'http://contoso.com/api/10.4/' } } },
    );
    expect(outcome.variables).toEqual({
      url: 'http://contoso.com/api/10.4/partners/15?version=1',
      original: 'https://contoso.azure-api.net/api/partners/15?version=1',
    });
    if (outcome.kind !== 'forward') throw new Error('expected forward');
    expect(outcome.request.url).toBe('http://contoso.com/api/10.4/partners/15?version=1');
  });

  it('§0.10 Deployment.Certificates is keyed by thumbprint; a certificate not negotiated is null', async () => {
    const { createTestPki } = await import('@apim-policy/x509');
    const pki = createTestPki();
    const root = pki.root({ subject: 'CN=Root' });
    const leaf = pki.leaf(root, { subject: 'CN=client' });
    const policy = compilePolicy(
      `<policies><inbound>
        <set-variable name="known" value="@(context.Request.Certificate != null &amp;&amp; context.Deployment.Certificates.ContainsKey(context.Request.Certificate.Thumbprint))" />
      </inbound></policies>`,
      { deployment: { certificates: [leaf] } },
    );
    const presented = await policy.run({ url, certificate: leaf }, { now: pki.now });
    expect(presented.variables).toEqual({ known: true });
    const notNegotiated = await policy.run({ url, certificate: leaf, negotiated: false }, { now: pki.now });
    expect(notNegotiated.variables).toEqual({ known: false });
  });

  it('the backend callback answers; outbound sees its response', async () => {
    const policy = compilePolicy(`<policies>
      <inbound><set-header name="X-In" exists-action="override"><value>1</value></set-header></inbound>
      <outbound><set-header name="X-Status" exists-action="override"><value>@(context.Response.StatusCode.ToString())</value></set-header></outbound>
    </policies>`);
    const outcome = await policy.run(
      { url, method: 'POST', body: 'hello' },
      {
        services: {
          backend: (request) => ({
            status: 201,
            headers: { 'X-Seen': request.headers['X-In'] ?? [] },
            body: request.body,
          }),
        },
      },
    );
    expect(outcome).toMatchObject({
      kind: 'respond',
      response: {
        status: 201,
        reason: 'Created',
        headers: { 'X-Seen': ['1'], 'X-Status': ['201'] },
        body: 'hello',
      },
      forwarded: { method: 'POST', url: 'https://echoapi.cloudapp.net/api/resource?x=1', body: 'hello' },
    });
  });

  it('a backend callback that throws is a BackendConnectionFailure, never a crash', async () => {
    const policy = compilePolicy('<policies><inbound /></policies>');
    const outcome = await policy.run(
      { url },
      {
        services: {
          backend: async () => {
            throw new Error('refused');
          },
        },
      },
    );
    expect(outcome.lastError).toMatchObject({
      source: 'forward-request',
      reason: 'BackendConnectionFailure',
      section: 'backend',
    });
    expect(outcome).toMatchObject({ kind: 'respond', response: { status: 500 } });
  });

  it('a backend slower than timeout-ms is a Timeout', async () => {
    const policy = compilePolicy(
      '<policies><backend><forward-request timeout-ms="20" /></backend></policies>',
      {
        defaultGlobal: false,
      },
    );
    const outcome = await policy.run({ url }, { services: { backend: () => new Promise(() => {}) } });
    expect(outcome.lastError).toMatchObject({
      source: 'forward-request',
      reason: 'Timeout',
      section: 'backend',
    });
    expect(outcome).toMatchObject({ kind: 'respond', response: { status: 500 } });
  });

  it('a policy the engine does not execute is an error in strict mode and a trace entry in lenient mode', async () => {
    const text =
      '<policies><inbound><validate-jwt header-name="Authorization" /><set-variable name="a" value="b" /></inbound></policies>';
    const strict = compilePolicy(text);
    expect(strict.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([
      ['policy-not-executable', 'error'],
    ]);
    await expect(strict.run({ url })).rejects.toThrow(/does not execute/);
    const lenient = compilePolicy(text, { mode: 'lenient' });
    expect(lenient.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([
      ['policy-skipped', 'warning'],
    ]);
    const outcome = await lenient.run({ url });
    expect(outcome.variables).toEqual({ a: 'b' });
    expect(outcome.trace.find((entry) => entry.kind === 'skipped')).toMatchObject({
      policy: 'validate-jwt',
      path: 'validate-jwt[1]',
    });
  });

  it('context.Trace(...) messages appear in the trace', async () => {
    const policy = compilePolicy(
      '<policies><inbound><set-variable name="a" value="@{ context.Trace(&quot;hello&quot;); return 1; }" /></inbound></policies>',
    );
    const outcome = await policy.run({ url });
    expect(outcome.trace.find((entry) => entry.kind === 'message')).toMatchObject({
      detail: 'context.Trace: hello',
    });
  });

  it('can run without recording a trace', async () => {
    const outcome = await compilePolicy(
      '<policies><inbound><set-variable name="a" value="b" /></inbound></policies>',
    ).run({ url }, { trace: false });
    expect(outcome.trace).toEqual([]);
    expect(outcome.variables).toEqual({ a: 'b' });
  });
});
