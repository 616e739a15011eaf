import { describe, expect, it } from 'vitest';
import { checkPolicyDocument } from './check-policy-document.js';

describe('checkPolicyDocument', () => {
  it('reports XML, catalog and expression problems at their places in the file', () => {
    const text = [
      '<policies>',
      '  <inbound>',
      '    <set-header name="x" exists-action="sometimes">',
      '      <value>@(context.Request.Nope)</value>',
      '    </set-header>',
      '    <choose><when condition="@(context.Request.Method == "GET")"><retrun-response /></when></choose>',
      '  </inbound>',
      '</policies>',
    ].join('\n');
    const { diagnostics } = checkPolicyDocument(text, { file: 'api.xml' });
    expect(diagnostics.map((d) => `${d.loc.start.line}:${d.loc.start.column + 1} ${d.code}`)).toEqual([
      '3:26 invalid-attribute-value',
      '4:32 member-not-found',
      '6:66 unknown-policy',
    ]);
  });
});
