import { describe, expect, it } from 'vitest';
import { runRuleOnText } from '../../run-rule.js';
import { rule } from './rule.js';

const THUMBPRINT = '108E2BA23632620C427C570B6D9DB51AC31387FE';

const policy = (condition: string) => `<policies>
  <inbound>
    <base />
    <choose>
      <when condition="@(${condition})">
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
    fix: diagnostic.fix === undefined ? undefined : diagnostic.fix.text,
  }));
};

const cert = 'context.Request.Certificate';

describe('thumbprint-literal', () => {
  it('reports a lower-case literal in a case-sensitive comparison, with the upper-case fix', () => {
    const found = lint(`${cert} == null || ${cert}.Thumbprint != &quot;${THUMBPRINT.toLowerCase()}&quot;`);
    expect(found).toEqual([
      {
        literal: `&quot;${THUMBPRINT.toLowerCase()}&quot;`,
        message: expect.stringContaining('upper case and this comparison is case-sensitive'),
        fix: `&quot;${THUMBPRINT}&quot;`,
      },
    ]);
  });

  it('keeps the file’s quoting in the fix', () => {
    const found = lint(`${cert}.Thumbprint == "${THUMBPRINT.toLowerCase()}"`);
    expect(found[0]?.fix).toBe(`"${THUMBPRINT}"`);
  });

  it('reports colons and spaces, and fixes them', () => {
    const colons = THUMBPRINT.match(/../g)?.join(':') ?? '';
    expect(lint(`${cert}.Thumbprint == &quot;${colons}&quot;`)).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('without spaces, colons'),
        fix: `&quot;${THUMBPRINT}&quot;`,
      }),
    ]);
    const spaced = THUMBPRINT.toLowerCase().match(/../g)?.join(' ') ?? '';
    expect(lint(`${cert}.Thumbprint == &quot;${spaced}&quot;`)[0]?.fix).toBe(`&quot;${THUMBPRINT}&quot;`);
  });

  it('reports the invisible mark copied from the Windows certificate dialog', () => {
    expect(lint(`${cert}.Thumbprint == &quot;\u200e${THUMBPRINT}&quot;`)).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('U+200E'),
        fix: `&quot;${THUMBPRINT}&quot;`,
      }),
    ]);
  });

  it('reports a wrong length and non-hex text, without a fix', () => {
    expect(lint(`${cert}.Thumbprint == &quot;${THUMBPRINT.slice(2)}&quot;`)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('38 hex digits'), fix: undefined }),
    ]);
    expect(lint(`${cert}.Thumbprint != &quot;DESIRED-THUMBPRINT-IN-UPPER-CASE&quot;`)).toEqual([
      expect.objectContaining({ message: expect.stringContaining("'S' is not a hex digit"), fix: undefined }),
    ]);
  });

  it('finds the literal in every form of comparison', () => {
    const lower = THUMBPRINT.toLowerCase();
    const forms = [
      `${cert}.Thumbprint.Equals(&quot;${lower}&quot;)`,
      `&quot;${lower}&quot;.Equals(${cert}.Thumbprint)`,
      `string.Equals(${cert}.Thumbprint, &quot;${lower}&quot;)`,
      `new[] { &quot;${THUMBPRINT}&quot;, &quot;${lower}&quot; }.Contains(${cert}.Thumbprint)`,
      `new List&lt;string&gt; { &quot;${lower}&quot; }.Contains(${cert}.Thumbprint)`,
      `new string[] { &quot;${lower}&quot; }.Any(t => t == ${cert}.Thumbprint)`,
      `${cert}.Thumbprint is &quot;${lower}&quot;`,
      `context.Deployment.Certificates.Any(c => c.Value.Thumbprint == &quot;${lower}&quot;)`,
      `${cert}.Thumbprint.ToUpper() == &quot;${lower}&quot;`,
    ];
    for (const form of forms) expect(lint(form), form).toHaveLength(1);
  });

  it('finds switch labels', () => {
    const text = `<policies><inbound><set-variable name="client" value="@{
      switch (context.Request.Certificate?.Thumbprint) {
        case &quot;${THUMBPRINT.toLowerCase()}&quot;: return &quot;orders&quot;;
        case &quot;${THUMBPRINT}&quot;: return &quot;billing&quot;;
        default: return &quot;unknown&quot;;
      }
    }" /></inbound></policies>`;
    expect(runRuleOnText(rule, text)).toHaveLength(1);
  });

  it('accepts case-insensitive comparisons and the right literal', () => {
    const lower = THUMBPRINT.toLowerCase();
    const fine = [
      `${cert}.Thumbprint != &quot;${THUMBPRINT}&quot;`,
      `string.Equals(${cert}.Thumbprint, &quot;${lower}&quot;, StringComparison.OrdinalIgnoreCase)`,
      `${cert}.Thumbprint.Equals(&quot;${lower}&quot;, StringComparison.InvariantCultureIgnoreCase)`,
      `${cert}.Thumbprint.ToLower() == &quot;${lower}&quot;`,
      `${cert}.Thumbprint == &quot;${lower}&quot;.ToUpper()`,
      `new HashSet&lt;string&gt;(StringComparer.OrdinalIgnoreCase) { &quot;${lower}&quot; }.Contains(${cert}.Thumbprint)`,
      `${cert}.Thumbprint.StartsWith(&quot;108E&quot;)`,
      `${cert}.Thumbprint != &quot;&quot;`,
      // Not a thumbprint: other members and other strings are not this rule's business.
      `${cert}.SerialNumber == &quot;abc&quot;`,
      `context.Request.Headers.GetValueOrDefault(&quot;X-Thumbprint&quot;, &quot;&quot;) == &quot;abc&quot;`,
    ];
    for (const form of fine) expect(lint(form), form).toEqual([]);
  });

  it('reports upper-case letters compared with the lower-cased Thumbprint', () => {
    expect(lint(`${cert}.Thumbprint.ToLowerInvariant() == &quot;${THUMBPRINT}&quot;`)).toEqual([
      expect.objectContaining({ fix: `&quot;${THUMBPRINT.toLowerCase()}&quot;` }),
    ]);
  });

  it('offers no fix when the literal is not compared as written', () => {
    expect(lint(`${cert}.Thumbprint == &quot;${THUMBPRINT.toLowerCase()} &quot;.Trim()`)).toEqual([
      expect.objectContaining({ fix: undefined }),
    ]);
  });
});
