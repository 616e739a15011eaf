import { describe, expect, it } from 'vitest';
import { runRuleOnText } from '../../run-rule.js';
import { rule } from './rule.js';

const inbound = (body: string) => `<policies>
  <inbound>
    <base />
    ${body}
  </inbound>
  <backend><base /></backend>
  <outbound><base /></outbound>
  <on-error><base /></on-error>
</policies>`;

const lint = (text: string) => runRuleOnText(rule, text);
const reported = (text: string) => lint(text).map((diagnostic) => text.slice(...diagnostic.range));

describe('certificate-null-check', () => {
  it('reports a member used with no null check', () => {
    const text = inbound(
      `<set-header name="X-Thumbprint" exists-action="override"><value>@(context.Request.Certificate.Thumbprint)</value></set-header>`,
    );
    const found = lint(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'certificate-null-check', severity: 'error' });
    expect(text.slice(...(found[0]?.range ?? [0, 0]))).toBe('context.Request.Certificate.Thumbprint');
    expect(found[0]?.loc.start.line).toBe(4);
  });

  it('reports Verify(), VerifyNoRevocation() and members through a local', () => {
    expect(
      reported(inbound(`<set-variable name="ok" value="@(context.Request.Certificate.Verify())" />`)),
    ).toEqual(['context.Request.Certificate.Verify()']);
    expect(
      reported(
        inbound(`<set-variable name="ok" value="@(context.Request.Certificate.VerifyNoRevocation())" />`),
      ),
    ).toEqual(['context.Request.Certificate.VerifyNoRevocation()']);
    expect(
      reported(
        inbound(
          `<set-variable name="s" value="@{ var cert = context.Request.Certificate; return cert.SubjectName.Name; }" />`,
        ),
      ),
    ).toEqual(['cert.SubjectName']);
  });

  it('reports only the first use of a path: the later ones run only when it did not throw', () => {
    const text = inbound(`<choose>
      <when condition="@(context.Request.Certificate.NotAfter &lt; DateTime.Now || context.Request.Certificate.Thumbprint != &quot;A&quot;)">
        <return-response><set-status code="403" /></return-response>
      </when>
    </choose>
    <set-header name="X-Subject" exists-action="override"><value>@(context.Request.Certificate.Subject)</value></set-header>`);
    expect(reported(text)).toEqual(['context.Request.Certificate.NotAfter']);
  });

  it('accepts guards within the expression', () => {
    const guarded = [
      '@(context.Request.Certificate == null || !context.Request.Certificate.Verify())',
      '@(context.Request.Certificate != null &amp;&amp; context.Request.Certificate.Verify())',
      '@(null != context.Request.Certificate ? context.Request.Certificate.Thumbprint : "none")',
      '@(context.Request.Certificate?.Thumbprint ?? "none")',
      '@(context.Request.Certificate is null ? "none" : context.Request.Certificate.Subject)',
      '@(!(context.Request.Certificate is X509Certificate2 c) ? "none" : c.Subject)',
      '@{ var cert = context.Request.Certificate; if (cert == null) { return "none"; } return cert.Thumbprint; }',
      '@{ var cert = context.Request.Certificate; if (cert == null) throw new Exception("no certificate"); return cert.Thumbprint; }',
      '@{ if (context.Request.Certificate != null) { return context.Request.Certificate.Thumbprint; } return "none"; }',
      '@(context.Request.Certificate?.Thumbprint == "A" &amp;&amp; context.Request.Certificate.Verify())',
    ];
    for (const expression of guarded) {
      expect(lint(inbound(`<set-variable name="v" value="${expression}" />`)), expression).toEqual([]);
    }
  });

  it('reports a use on the path the guard leaves open', () => {
    expect(
      reported(
        inbound(
          `<set-variable name="v" value="@(context.Request.Certificate != null || context.Request.Certificate.Verify())" />`,
        ),
      ),
    ).toEqual(['context.Request.Certificate.Verify()']);
    expect(
      reported(
        inbound(
          `<set-variable name="v" value="@{ var cert = context.Request.Certificate; if (cert == null) { context.Variables.ContainsKey(&quot;x&quot;); } return cert.Thumbprint; }" />`,
        ),
      ),
    ).toEqual(['cert.Thumbprint']);
  });

  it('accepts a when that rejects requests without a certificate before the use', () => {
    // The shape of hmcts/blob-router-service: a first when tests for null, the next uses it.
    const text = inbound(`<choose>
      <when condition="@(context.Request.Certificate == null)">
        <return-response><set-status code="401" /><set-body>Missing client certificate</set-body></return-response>
      </when>
      <when condition="@(context.Request.Certificate.NotAfter &lt; DateTime.Now)">
        <return-response><set-status code="401" /></return-response>
      </when>
    </choose>
    <set-header name="X-Thumbprint" exists-action="override"><value>@(context.Request.Certificate.Thumbprint)</value></set-header>`);
    expect(lint(text)).toEqual([]);
  });

  it('accepts uses inside the branch of a when that tests for a certificate', () => {
    const text = inbound(`<choose>
      <when condition="@(context.Request.Certificate != null)">
        <set-header name="X-Thumbprint" exists-action="override"><value>@(context.Request.Certificate.Thumbprint)</value></set-header>
      </when>
    </choose>`);
    expect(lint(text)).toEqual([]);
  });

  it('reports a use after a when whose branch does not end the pipeline', () => {
    const text = inbound(`<choose>
      <when condition="@(context.Request.Certificate == null)">
        <set-variable name="missing" value="true" />
      </when>
    </choose>
    <set-header name="X-Thumbprint" exists-action="override"><value>@(context.Request.Certificate.Thumbprint)</value></set-header>`);
    expect(reported(text)).toEqual(['context.Request.Certificate.Thumbprint']);
  });

  it('accepts the block condition of the documentation sample, then the use after it', () => {
    // ronaldbosma/blog-code-examples validate-using-context
    const text = inbound(`<choose>
      <when condition="@{
        return context.Request.Certificate == null ||
               !context.Request.Certificate.VerifyNoRevocation() ||
               !context.Deployment.Certificates.Any(c => c.Value.Thumbprint == context.Request.Certificate.Thumbprint);
      }">
        <return-response><set-status code="401" reason="Invalid client certificate" /></return-response>
      </when>
    </choose>
    <return-response><set-status code="200" /><set-body>@(context.Request.Certificate.ToString())</set-body></return-response>`);
    expect(lint(text)).toEqual([]);
  });

  it('accepts uses after validate-client-certificate, unless it ignores errors', () => {
    const use = `<set-header name="X-Thumbprint" exists-action="override"><value>@(context.Request.Certificate.Thumbprint)</value></set-header>`;
    expect(lint(inbound(`<validate-client-certificate validate-trust="true" />${use}`))).toEqual([]);
    expect(lint(inbound(`<validate-client-certificate ignore-error="true" />${use}`))).toHaveLength(1);
    // Before the validation, the certificate can still be null.
    expect(lint(inbound(`${use}<validate-client-certificate />`))).toHaveLength(1);
  });

  it('stays quiet when a null test is stored where it cannot be followed', () => {
    // ronaldbosma/mtls-with-apim validate-using-context: the result goes to a variable that a later when tests.
    const text =
      inbound(`<set-variable name="result" value="@(context.Request.Certificate == null ? &quot;ClientCertificateNotFound&quot; : null)" />
    <choose>
      <when condition="@(context.Variables.GetValueOrDefault&lt;string&gt;(&quot;result&quot;) != null)">
        <return-response><set-status code="401" /></return-response>
      </when>
    </choose>
    <return-response><set-status code="200" /><set-body>@(context.Request.Certificate.ToString())</set-body></return-response>`);
    expect(lint(text)).toEqual([]);
  });

  it('stays quiet when a block records the null test in its result', () => {
    const text = inbound(`<set-variable name="result" value="@{
      if (context.Request.Certificate == null) { return &quot;ClientCertificateNotFound&quot;; }
      if (context.Request.Certificate.NotAfter &lt; DateTime.Now) { return &quot;ClientCertificateExpired&quot;; }
      return null;
    }" />
    <choose>
      <when condition="@(context.Variables.GetValueOrDefault&lt;string&gt;(&quot;result&quot;) != null)">
        <return-response><set-status code="401" /></return-response>
      </when>
    </choose>
    <return-response><set-status code="200" /><set-body>@(context.Request.Certificate.ToString())</set-body></return-response>`);
    expect(lint(text)).toEqual([]);
  });

  it('stays quiet after an include-fragment and in fragments', () => {
    const use = `<set-header name="X-Thumbprint" exists-action="override"><value>@(context.Request.Certificate.Thumbprint)</value></set-header>`;
    expect(lint(inbound(`<include-fragment fragment-id="client-certificate" />${use}`))).toEqual([]);
    expect(lint(`<fragment>${use}</fragment>`)).toEqual([]);
  });

  it('checks on-error from the start: the error may come before any check', () => {
    const text = `<policies>
  <inbound><validate-client-certificate /></inbound>
  <on-error><trace source="x"><message>@(context.Request.Certificate.Subject)</message></trace></on-error>
</policies>`;
    expect(reported(text)).toEqual(['context.Request.Certificate.Subject']);
  });

  it('accepts uses in outbound after inbound rejected requests without a certificate', () => {
    const text = `<policies>
  <inbound><choose><when condition="@(context.Request.Certificate == null)"><return-response><set-status code="403" /></return-response></when></choose></inbound>
  <outbound><set-header name="X-Subject" exists-action="override"><value>@(context.Request.Certificate.Subject)</value></set-header></outbound>
</policies>`;
    expect(lint(text)).toEqual([]);
  });

  it('does not look at certificates that are never null', () => {
    const text = inbound(
      `<set-variable name="v" value="@(context.Deployment.Certificates.Values.First().Thumbprint)" />`,
    );
    expect(lint(text)).toEqual([]);
  });
});
