import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the client-certificate demo', () => {
  it('forwards the valid request and rejects the missing, unknown, expired and untrusted certificates', () => {
    const output = execFileSync(process.execPath, [join(import.meta.dirname, 'demo.js')], {
      encoding: 'utf8',
    });
    const sections = output.split('\n=== ').slice(1);
    const outcomes = sections.map((section) => {
      const [title = '', outcome = ''] = section.split('\n');
      return [title.split(':')[0], outcome];
    });
    expect(outcomes).toEqual([
      ['valid', 'Forward GET https://contoso.azure-api.net/orders/42'],
      ['missing', 'Respond 403 Invalid client certificate'],
      ['unknown', 'Respond 403 Invalid client certificate'],
      ['expired', 'Respond 403 Invalid client certificate'],
      ['untrusted', 'Respond 403 Invalid client certificate'],
    ]);
    expect(output).toContain('policy.xml: 0 diagnostics');
    // Each outcome comes with its trace, placed in policy.xml.
    for (const section of sections) expect(section).toMatch(/Trace:\n {2}inbound[\s\S]*\(policy\.xml:9:9\)/);
    expect(sections[0]).toContain('condition is false');
    for (const section of sections.slice(1)) expect(section).toContain('condition is true');
  });
});
