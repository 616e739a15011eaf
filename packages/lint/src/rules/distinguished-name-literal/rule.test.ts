import { describe, expect, it } from 'vitest';
import { runRuleOnText } from '../../run-rule.js';
import { rule } from './rule.js';

const policy = (condition: string) => `<policies>
  <inbound>
    <base />
    <choose>
      <when condition="@(context.Request.Certificate == null || ${condition})">
        <return-response><set-status code="403" /></return-response>
      </when>
    </choose>
  </inbound>
</policies>`;

const lint = (condition: string) => {
  const text = policy(condition);
  return runRuleOnText(rule, text).map((diagnostic) => ({
    literal: text.slice(...diagnostic.range),
    message: diagnostic.message,
    severity: diagnostic.severity,
    fix: diagnostic.fix?.text,
  }));
};

const cert = 'context.Request.Certificate';

describe('distinguished-name-literal', () => {
  it('reports a name without the space after the comma, with the fix', () => {
    expect(lint(`${cert}.Subject != &quot;CN=client,O=Contoso&quot;`)).toEqual([
      {
        literal: '&quot;CN=client,O=Contoso&quot;',
        message: expect.stringContaining("separates the parts of a name with ', '"),
        severity: 'warning',
        fix: '&quot;CN=client, O=Contoso&quot;',
      },
    ]);
  });

  it('reports ST=, emailAddress=, escapes and forward order on every name member', () => {
    expect(lint(`${cert}.SubjectName.Name != &quot;CN=client, ST=WA, C=US&quot;`)).toEqual([
      expect.objectContaining({
        message: expect.stringContaining("'S=', not 'ST='"),
        fix: '&quot;CN=client, S=WA, C=US&quot;',
      }),
    ]);
    expect(lint(`${cert}.Issuer != &quot;emailAddress=ca@contoso.example, CN=Contoso CA&quot;`)).toEqual([
      expect.objectContaining({ message: expect.stringContaining("'E='") }),
    ]);
    // In C#, \\ in a regular literal is one backslash: the literal holds RFC 4514's `\,`.
    expect(lint(`${cert}.IssuerName.Name != &quot;CN=CA, O=Contoso\\\\, Inc.&quot;`)).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('double quotes'),
        fix: '&quot;CN=CA, O=\\&quot;Contoso, Inc.\\&quot;&quot;',
      }),
    ]);
    expect(lint(`${cert}.Subject != &quot;C=US, O=Contoso, CN=client&quot;`)).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('most specific part first'),
        fix: '&quot;CN=client, O=Contoso, C=US&quot;',
      }),
    ]);
  });

  it('reports literals in Contains, StartsWith and lists, without holding parts to the order', () => {
    expect(lint(`!${cert}.Subject.Contains(&quot;O=Contoso,C=US&quot;)`)).toHaveLength(1);
    expect(lint(`!${cert}.Subject.StartsWith(&quot;C=US, O=Contoso&quot;)`)).toEqual([]);
    expect(
      lint(`!new[] { &quot;CN=a, O=b&quot;, &quot;CN=c,O=d&quot; }.Contains(${cert}.Subject)`).map(
        (found) => found.fix,
      ),
    ).toEqual(['&quot;CN=c, O=d&quot;']);
  });

  it('accepts what .NET prints, and literals that are not names', () => {
    for (const condition of [
      `${cert}.Subject != &quot;CN=client, O=Contoso, C=US&quot;`,
      `${cert}.SubjectName.Name != &quot;CN=Client 01&quot;`,
      `${cert}.Issuer != &quot;CN=APIM Sample DEV Intermediate CA&quot;`,
      `!${cert}.Subject.Contains(&quot;Contoso&quot;)`,
      `!string.Equals(${cert}.Subject, &quot;cn=client, o=contoso&quot;, StringComparison.OrdinalIgnoreCase)`,
      `${cert}.Subject != &quot;&quot;`,
      `${cert}.Thumbprint != &quot;CN=a,O=b&quot;`,
    ]) {
      expect(lint(condition), condition).toEqual([]);
    }
  });
});
