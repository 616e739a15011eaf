import { describe, expect, it } from 'vitest';
import { runRuleOnText } from '../../run-rule.js';
import { rule } from './rule.js';

const cert = 'context.Request.Certificate';

const inbound = (body: string) => `<policies>
  <inbound>
    <base />
    ${body}
  </inbound>
</policies>`;

const rejectWhen = (condition: string) =>
  inbound(`<choose>
      <when condition="${condition}">
        <return-response><set-status code="403" /></return-response>
      </when>
    </choose>`);

const reported = (text: string) =>
  runRuleOnText(rule, text).map((found) => ({ at: text.slice(...found.range), message: found.message }));

describe('certificate-not-verified', () => {
  it('reports a subject check without a trust check, once, at the first identity check', () => {
    const text = rejectWhen(
      `@(${cert} == null || ${cert}.Subject != &quot;CN=client&quot; || ${cert}.Issuer != &quot;CN=Contoso CA&quot;)`,
    );
    const found = runRuleOnText(rule, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('self-signed') });
    expect(text.slice(...(found[0]?.range ?? [0, 0]))).toBe(`${cert}.Subject`);
  });

  it('reports a thumbprint allow-list without a trust check (the hmcts shape)', () => {
    const text = rejectWhen(
      `@(${cert} == null || !new[] { &quot;108E2BA23632620C427C570B6D9DB51AC31387FE&quot; }.Any(t => t == ${cert}.Thumbprint))`,
    );
    expect(reported(text)).toEqual([
      { at: `${cert}.Thumbprint`, message: expect.stringContaining('revoked') },
    ]);
  });

  it('reports lookups in context.Deployment.Certificates and certificates forwarded in a header', () => {
    expect(
      reported(
        rejectWhen(`@(${cert} == null || !context.Deployment.Certificates.ContainsKey(${cert}.Thumbprint))`),
      ),
    ).toHaveLength(1);
    const forwarded = rejectWhen(`@{
      var certificate = new X509Certificate2(Convert.FromBase64String(context.Request.Headers.GetValueOrDefault(&quot;X-Client-Certificate&quot;, &quot;&quot;)));
      return !context.Deployment.Certificates.Any(c => c.Value.Thumbprint == certificate.Thumbprint);
    }`);
    expect(reported(forwarded).map((found) => found.at)).toEqual(['certificate.Thumbprint']);
  });

  it('reports validate-client-certificate with identities and validate-trust="false"', () => {
    const text = inbound(`<validate-client-certificate validate-trust="false">
      <identities><identity subject="CN=client" /></identities>
    </validate-client-certificate>`);
    expect(reported(text)).toEqual([
      { at: 'validate-client-certificate', message: expect.stringContaining('validate-trust="false"') },
    ]);
  });

  it('accepts identity checks next to Verify(), VerifyNoRevocation() or a trusting validate-client-certificate', () => {
    const identity = `${cert}.Subject != &quot;CN=client&quot;`;
    for (const text of [
      rejectWhen(`@(${cert} == null || !${cert}.Verify() || ${identity})`),
      // The documentation sample (ronaldbosma/blog-code-examples validate-using-context).
      rejectWhen(
        `@(${cert} == null || !${cert}.VerifyNoRevocation() || !context.Deployment.Certificates.Any(c => c.Value.Thumbprint == ${cert}.Thumbprint))`,
      ),
      inbound(`<validate-client-certificate validate-revocation="false" /><choose>
      <when condition="@(${identity})"><return-response><set-status code="403" /></return-response></when></choose>`),
      inbound(`<validate-client-certificate validate-trust="{{validate-certificate-chain}}">
      <identities><identity subject="CN=client" /></identities></validate-client-certificate>`),
    ]) {
      expect(reported(text), text).toEqual([]);
    }
  });

  it('does not count reading a member without checking it', () => {
    const text = inbound(
      `<set-header name="X-Client-Thumbprint" exists-action="override"><value>@(${cert}?.Thumbprint)</value></set-header>`,
    );
    expect(reported(text)).toEqual([]);
  });
});
