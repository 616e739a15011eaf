import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkPolicyDocument } from './index.js';

it('gives what the README example says', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
  const { diagnostics } = checkPolicyDocument(
    '<policies><inbound><set-header name="x" exists-action="sometimes" /></inbound></policies>',
    { file: 'api.xml' },
  );
  const shown = diagnostics.map((d) => `${d.loc.start.line}:${d.loc.start.column + 1} ${d.code}`);
  expect(readme).toContain(`// [ ${shown.map((s) => `'${s}'`).join(', ')} ]`);
});
