import { describe, expect, it } from 'vitest';
import { runRuleOnText } from '../../run-rule.js';
import { rule } from './rule.js';

const cert = 'context.Request.Certificate';

const rejecting = (condition: string) => `<policies>
  <inbound>
    <base />
    <choose>
      <when condition="${condition}">
        <return-response><set-status code="403" reason="Invalid client certificate" /></return-response>
      </when>
    </choose>
  </inbound>
</policies>`;

const reported = (text: string) => runRuleOnText(rule, text).map((found) => text.slice(...found.range));

describe('certificate-expiry-inverted', () => {
  it('reports a rejection while the certificate is still valid', () => {
    const text = rejecting(`@(${cert} == null || ${cert}.NotAfter &gt; DateTime.Now)`);
    const found = runRuleOnText(rule, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('NotAfter is after now'),
    });
    expect(text.slice(...(found[0]?.range ?? [0, 0]))).toBe(`${cert}.NotAfter &gt; DateTime.Now`);
  });

  it('reports NotBefore < now, DateTime.UtcNow, reversed operands and negations', () => {
    expect(reported(rejecting(`@(${cert} == null || ${cert}.NotBefore &lt; DateTime.UtcNow)`))).toHaveLength(
      1,
    );
    expect(reported(rejecting(`@(${cert} == null || DateTime.Now &lt; ${cert}.NotAfter)`))).toHaveLength(1);
    expect(reported(rejecting(`@(${cert} == null || !(${cert}.NotAfter &lt; DateTime.Now))`))).toHaveLength(
      1,
    );
    expect(
      reported(rejecting(`@(!(${cert} != null &amp;&amp; ${cert}.NotAfter &lt; DateTime.Now.AddDays(1)))`)),
    ).toHaveLength(1);
  });

  it('reports it in block conditions and through a local holding the time', () => {
    const text = rejecting(
      `@{ var now = DateTime.Now; var c = ${cert}; return c == null || c.NotBefore &lt;= now || c.NotAfter &lt; now; }`,
    );
    expect(reported(text)).toEqual(['c.NotBefore &lt;= now']);
  });

  it('accepts the right rejections (the hmcts and documentation shapes)', () => {
    for (const condition of [
      `@(${cert} == null || ${cert}.NotAfter &lt; DateTime.Now || ${cert}.NotBefore &gt; DateTime.Now)`,
      `@(${cert} == null || !(${cert}.NotAfter &gt; DateTime.UtcNow))`,
      `@(${cert} == null || ${cert}.NotAfter &lt; DateTime.Now.AddDays(30))`,
      // A conjunction is not clearly inverted: the rule stays quiet.
      `@(${cert} != null &amp;&amp; ${cert}.NotAfter &gt; DateTime.Now &amp;&amp; ${cert}.Thumbprint != &quot;A&quot;)`,
    ]) {
      expect(reported(rejecting(condition)), condition).toEqual([]);
    }
  });

  it('does not judge a branch that does not reject', () => {
    const text = `<policies><inbound><choose>
      <when condition="@(${cert} != null &amp;&amp; ${cert}.NotAfter &gt; DateTime.Now)">
        <set-header name="X-Valid" exists-action="override"><value>yes</value></set-header>
      </when>
    </choose></inbound></policies>`;
    expect(reported(text)).toEqual([]);
  });

  it('reports an expired test as the condition of acceptance before a rejecting otherwise', () => {
    const text = `<policies><inbound><choose>
      <when condition="@(${cert} != null &amp;&amp; ${cert}.NotAfter &lt; DateTime.Now)">
        <set-header name="X-Client" exists-action="override"><value>ok</value></set-header>
      </when>
      <otherwise>
        <return-response><set-status code="403" /></return-response>
      </otherwise>
    </choose></inbound></policies>`;
    expect(reported(text)).toEqual([`${cert}.NotAfter &lt; DateTime.Now`]);
    expect(reported(text.replace('&lt; DateTime.Now', '&gt; DateTime.Now'))).toEqual([]);
  });

  it('reports a block that returns a failure reason for a valid certificate', () => {
    // The shape of ronaldbosma/mtls-with-apim validate-using-context, turned around.
    const text = `<policies><inbound><set-variable name="result" value="@{
      var now = DateTime.Now;
      if (${cert} == null) { return &quot;ClientCertificateNotFound&quot;; }
      if (${cert}.NotBefore &gt; now) { return &quot;ClientCertificateNotYetValid&quot;; }
      if (${cert}.NotAfter &gt; now) { return &quot;ClientCertificateExpired&quot;; }
      return null;
    }" /></inbound></policies>`;
    expect(reported(text)).toEqual([`${cert}.NotAfter &gt; now`]);
  });
});
