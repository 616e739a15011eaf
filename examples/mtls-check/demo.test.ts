import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the mtls-check demo', () => {
  it('accepts only the pinned, trusted, valid certificate', () => {
    const output = execFileSync(process.execPath, [join(import.meta.dirname, 'demo.js')], {
      encoding: 'utf8',
    });
    const verdicts = output.split('\n').filter((line) => /^(REJECTED|accepted) /.test(line));
    expect(verdicts.map((line) => line.split(/\s+/)[0])).toEqual([
      'accepted',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
    ]);
    expect(output).toContain('CN=client 01, O="Contoso, Inc."');
    expect(output).toMatch(/Thumbprint and expiry, as \.NET prints them: [0-9A-F]{40} \d{4}-\d{2}-\d{2}/);
  });
});
