import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestPki } from '@apim-policy/x509';
import { expect, it } from 'vitest';
import { checkPolicyDocument, loadPolicy, printOutcome } from './index.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

/** The first `js` block of the README, and the output its comments show. */
function firstExample(): { code: string; shown: string } {
  const block = /```js\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const shown = block
    .split('\n')
    .filter((line) => line.startsWith('// '))
    .map((line) => line.slice(3))
    .join('\n');
  return { code: block, shown };
}

it('runs the README example and prints what it shows', async () => {
  const { code, shown } = firstExample();
  const policyText = /loadPolicy\(\n\s*`([\s\S]*?)`,/.exec(code)?.[1];
  expect(policyText).toBeDefined();
  const now = Date.UTC(2026, 5, 1);
  const pki = createTestPki({ now: new Date(now) });
  const root = pki.root({ subject: 'CN=Contoso Root CA' });
  const client = pki.leaf(root, { subject: 'CN=client 01' });
  const policy = await loadPolicy(policyText as string, {
    file: 'api.xml',
    deployment: { certificates: [client], ca: { roots: [root] } },
  });
  expect(policy.diagnostics).toEqual([]);
  const outcome = await policy.run({ url: 'https://contoso.azure-api.net/echo/resource' }, { now });
  expect(printOutcome(outcome)).toBe(shown);
  const accepted = await policy.run(
    { url: 'https://contoso.azure-api.net/echo/resource', certificate: client },
    { now },
  );
  expect(accepted.kind).toBe('forward');
});

it('gives what the README checking example says', () => {
  const { diagnostics } = checkPolicyDocument(
    '<policies><inbound><set-header name="x" exists-action="sometimes" /></inbound></policies>',
    { file: 'api.xml' },
  );
  const shown = diagnostics.map((d) => `${d.loc.start.line}:${d.loc.start.column + 1} ${d.code}`);
  expect(readme).toContain(`// [ ${shown.map((s) => `'${s}'`).join(', ')} ]`);
});
