import { createTestPki } from '@apim-policy/x509';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';

const url = 'https://contoso.azure-api.net/echo/resource';
const DAY = 86_400_000;

/**
 * A loaded policy builds the context's entities (API, user, deployment, ...) once per identity
 * object and reuses them; these tests pin what that may never change.
 */
describe('context entities reused between runs', () => {
  it('reflects a new identity object, and the request of each run', async () => {
    const policy = compilePolicy(`<policies><inbound>
      <set-variable name="who" value="@(context.User == null ? "anonymous" : context.User.Email)" />
      <set-variable name="method" value="@(context.Request.Method)" />
    </inbound></policies>`);
    const alice = { user: { email: 'alice@contoso.com' } };
    const first = await policy.run({ url, method: 'POST' }, { identity: alice });
    const again = await policy.run({ url, method: 'PUT' }, { identity: alice });
    const bob = await policy.run({ url }, { identity: { user: { email: 'bob@contoso.com' } } });
    const anonymous = await policy.run({ url });
    expect([first, again, bob, anonymous].map((outcome) => outcome.variables)).toEqual([
      { who: 'alice@contoso.com', method: 'POST' },
      { who: 'alice@contoso.com', method: 'PUT' },
      { who: 'bob@contoso.com', method: 'GET' },
      { who: 'anonymous', method: 'GET' },
    ]);
  });

  it('never shares the facts of deployment certificates between runs at different times', async () => {
    const now = Date.UTC(2026, 5, 1);
    const pki = createTestPki({ now: new Date(now) });
    const { root, intermediate } = pki.chain();
    const shortLived = pki.leaf(intermediate, {
      subject: 'CN=short lived',
      notBefore: new Date(now - DAY),
      notAfter: new Date(now + DAY),
    });
    const policy = compilePolicy(
      `<policies><inbound>
        <set-variable name="trusted" value="@(context.Deployment.Certificates.All(c => c.Value.Verify()))" />
      </inbound></policies>`,
      {
        deployment: {
          certificates: [shortLived],
          ca: { roots: [root], intermediates: [intermediate] },
          crls: [pki.crl(root).der, pki.crl(intermediate).der],
        },
      },
    );
    expect(policy.diagnostics).toEqual([]);
    const [before, after] = await Promise.all([
      policy.run({ url }, { now }),
      policy.run({ url }, { now: now + 2 * DAY }),
    ]);
    expect(before.variables).toEqual({ trusted: true });
    expect(after.variables).toEqual({ trusted: false });
  });

  it('uses the deployment a run gives instead of the loaded one', async () => {
    const policy = compilePolicy(`<policies><inbound>
      <set-variable name="region" value="@(context.Deployment.Region)" />
    </inbound></policies>`);
    const loaded = await policy.run({ url });
    const given = await policy.run({ url }, { deployment: { region: 'North Europe' } });
    const loadedAgain = await policy.run({ url });
    expect([loaded, given, loadedAgain].map((outcome) => outcome.variables.region)).toEqual([
      'West US',
      'North Europe',
      'West US',
    ]);
  });
});
