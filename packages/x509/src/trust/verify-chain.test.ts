import { describe, expect, it } from 'vitest';
import type { KeyAlgorithm } from '../pki/keys.js';
import { createTestPki } from '../pki/test-pki.js';
import { CrlStore } from '../revocation/crl-store.js';
import { TrustStore } from './trust-store.js';
import { type VerifyChainOptions, verifyChain, verifyChainNow } from './verify-chain.js';

const flags = (result: { status: readonly { status: string }[] }): string[] =>
  result.status.map((s) => s.status).sort();

describe.each<KeyAlgorithm>(['ec-p256', 'rsa-2048'])('verifyChain (%s)', (keyAlgorithm) => {
  const pki = createTestPki({ keyAlgorithm });
  const { root, intermediate, leaf } = pki.chain();
  const store = new TrustStore({ roots: [root.der], intermediates: [intermediate.der] });
  const crls = new CrlStore([pki.crl(root).der, pki.crl(intermediate).der]);
  const base: VerifyChainOptions = { trustStore: store, at: pki.now, revocation: { crls } };
  const noRevocation: VerifyChainOptions = { ...base, checkRevocation: false };

  it('accepts a valid chain, with and without revocation', async () => {
    const result = await verifyChain(leaf.der, base);
    expect(flags(result)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.elements.map((e) => e.thumbprint)).toEqual([
      leaf.thumbprint,
      intermediate.thumbprint,
      root.thumbprint,
    ]);
    expect((await verifyChain(leaf.der, noRevocation)).valid).toBe(true);
  });

  it('rejects an expired leaf', async () => {
    const expired = pki.leaf(intermediate, { expired: true });
    expect(flags(await verifyChain(expired.der, noRevocation))).toEqual(['NotTimeValid']);
  });

  it('rejects a leaf under an expired intermediate', async () => {
    const old = pki.intermediate(root, { expired: true, subject: 'CN=Old Intermediate' });
    const child = pki.leaf(old);
    const local = new TrustStore({ roots: [root.der], intermediates: [old.der] });
    const result = await verifyChain(child.der, { trustStore: local, at: pki.now, checkRevocation: false });
    expect(flags(result)).toEqual(['NotTimeValid']);
    expect(result.elements[1]!.status.map((s) => s.status)).toEqual(['NotTimeValid']);
  });

  it('rejects a not-yet-valid leaf', async () => {
    const early = pki.leaf(intermediate, { notYetValid: true });
    expect(flags(await verifyChain(early.der, noRevocation))).toEqual(['NotTimeValid']);
  });

  it('reports PartialChain for an unknown issuer', async () => {
    const otherRoot = pki.root({ subject: 'CN=Unknown Root' });
    const stranger = pki.leaf(otherRoot);
    expect(flags(await verifyChain(stranger.der, noRevocation))).toEqual(['PartialChain']);
  });

  it('reports UntrustedRoot for a chain to a root that is not in the store', async () => {
    const otherRoot = pki.root({ subject: 'CN=Untrusted Root' });
    const stranger = pki.leaf(otherRoot);
    const result = await verifyChain(stranger.der, { ...noRevocation, extraCertificates: [otherRoot.pem] });
    expect(flags(result)).toEqual(['UntrustedRoot']);
  });

  it('reports NotSignatureValid for a corrupted or forged signature', async () => {
    const corrupted = pki.leaf(intermediate, { corruptSignature: true });
    expect(flags(await verifyChain(corrupted.der, noRevocation))).toEqual(['NotSignatureValid']);
    const impostor = pki.root({ subject: 'CN=Impostor' });
    const forged = pki.leaf(intermediate, { signedWith: impostor });
    expect(flags(await verifyChain(forged.der, noRevocation))).toEqual(['NotSignatureValid']);
  });

  it('rejects an intermediate without the CA flag', async () => {
    for (const basicConstraints of [false, { ca: false }] as const) {
      const notCa = pki.intermediate(root, {
        subject: `CN=Not a CA ${String(basicConstraints)}`,
        basicConstraints,
      });
      const child = pki.leaf(notCa);
      const local = new TrustStore({ roots: [root.der], intermediates: [notCa.der] });
      const result = await verifyChain(child.der, { trustStore: local, at: pki.now, checkRevocation: false });
      expect(flags(result)).toEqual(['InvalidBasicConstraints']);
    }
  });

  it('enforces pathLenConstraint', async () => {
    const strictRoot = pki.root({ subject: 'CN=Strict Root', basicConstraints: { ca: true, pathLength: 0 } });
    const sub = pki.intermediate(strictRoot, { subject: 'CN=Strict Sub' });
    const child = pki.leaf(sub);
    const local = new TrustStore({ roots: [strictRoot.der], intermediates: [sub.der] });
    const options = { trustStore: local, at: pki.now, checkRevocation: false };
    expect(flags(await verifyChain(child.der, options))).toEqual(['InvalidBasicConstraints']);
    // pathLength 0 still allows leaves directly under the root.
    expect((await verifyChain(pki.leaf(strictRoot).der, options)).valid).toBe(true);
  });

  it('requires keyCertSign on issuers that have a keyUsage', async () => {
    const weak = pki.intermediate(root, { subject: 'CN=No CertSign', keyUsage: ['digitalSignature'] });
    const local = new TrustStore({ roots: [root.der], intermediates: [weak.der] });
    const result = await verifyChain(pki.leaf(weak).der, {
      trustStore: local,
      at: pki.now,
      checkRevocation: false,
    });
    expect(flags(result)).toEqual(['NotValidForUsage']);
  });

  it('fails on an unknown critical extension', async () => {
    const odd = pki.leaf(intermediate, {
      extensions: [{ oid: '1.3.6.1.4.1.99999.1', critical: true, value: Uint8Array.of(0x05, 0x00) }],
    });
    expect(flags(await verifyChain(odd.der, noRevocation))).toEqual(['HasNotSupportedCriticalExtension']);
    const fine = pki.leaf(intermediate, {
      extensions: [{ oid: '1.3.6.1.4.1.99999.1', critical: false, value: Uint8Array.of(0x05, 0x00) }],
    });
    expect((await verifyChain(fine.der, noRevocation)).valid).toBe(true);
  });

  it('reports Revoked for a revoked leaf and a revoked intermediate', async () => {
    const local = createTestPki({ keyAlgorithm, now: pki.now });
    const chain = local.chain();
    const victim = local.leaf(chain.intermediate);
    local.revoke(victim);
    const trustStore = new TrustStore({ roots: [chain.root.der], intermediates: [chain.intermediate.der] });
    const revocation = { crls: new CrlStore([local.crl(chain.root).der, local.crl(chain.intermediate).der]) };
    const leafResult = await verifyChain(victim.der, { trustStore, at: local.now, revocation });
    expect(flags(leafResult)).toEqual(['Revoked']);
    expect((await verifyChain(chain.leaf.der, { trustStore, at: local.now, revocation })).valid).toBe(true);
    expect((await verifyChain(victim.der, { trustStore, at: local.now, checkRevocation: false })).valid).toBe(
      true,
    );

    local.revoke(chain.intermediate);
    const revokedCa = { crls: new CrlStore([local.crl(chain.root).der, local.crl(chain.intermediate).der]) };
    const caResult = await verifyChain(chain.leaf.der, { trustStore, at: local.now, revocation: revokedCa });
    expect(flags(caResult)).toEqual(['Revoked']);
    expect(caResult.elements[1]!.status.map((s) => s.status)).toEqual(['Revoked']);
  });

  it('fails Verify but passes VerifyNoRevocation when revocation status is unknown', async () => {
    const verify = await verifyChain(leaf.der, { trustStore: store, at: pki.now });
    expect(verify.valid).toBe(false);
    expect(flags(verify)).toEqual(['RevocationStatusUnknown']);
    expect(
      (await verifyChain(leaf.der, { trustStore: store, at: pki.now, checkRevocation: false })).valid,
    ).toBe(true);
  });

  it('treats an unusable CRL (expired, bad signature) as unknown status', async () => {
    const expiredCrl = pki.crl(intermediate, {
      thisUpdate: new Date(pki.now.getTime() - 10 * 86_400_000),
      nextUpdate: new Date(pki.now.getTime() - 86_400_000),
    });
    const badCrl = pki.crl(intermediate, { corruptSignature: true });
    for (const crl of [expiredCrl, badCrl]) {
      const revocation = { crls: new CrlStore([pki.crl(root).der, crl.der]) };
      const result = await verifyChain(leaf.der, { trustStore: store, at: pki.now, revocation });
      expect(flags(result)).toEqual(['RevocationStatusUnknown']);
    }
  });

  it('rejects a self-signed leaf that is not in the store, and accepts it once uploaded as a root', async () => {
    const self = pki.selfSigned({ subject: 'CN=self' });
    expect(flags(await verifyChain(self.der, noRevocation))).toEqual(['UntrustedRoot']);
    const uploaded = new TrustStore({ roots: [self.pem] });
    expect((await verifyChain(self.der, { trustStore: uploaded, at: pki.now })).valid).toBe(true);
  });

  it('fetches CRLs from distribution points through the fetcher', async () => {
    const fetched: string[] = [];
    const byUrl = new Map([
      [root.crlUrl, pki.crl(root).der],
      [intermediate.crlUrl, pki.crl(intermediate).der],
    ]);
    const fetchCrl = async (url: string): Promise<Uint8Array> => {
      fetched.push(url);
      const crl = byUrl.get(url);
      if (crl === undefined) throw new Error(`404 ${url}`);
      return crl;
    };
    const result = await verifyChain(leaf.der, { trustStore: store, at: pki.now, revocation: { fetchCrl } });
    expect(result.valid).toBe(true);
    expect(fetched.sort()).toEqual([intermediate.crlUrl, root.crlUrl].sort());
    const failing = async (url: string): Promise<Uint8Array> => {
      throw new Error(`unreachable ${url}`);
    };
    const offline = await verifyChain(leaf.der, {
      trustStore: store,
      at: pki.now,
      revocation: { fetchCrl: failing },
    });
    expect(flags(offline)).toEqual(['OfflineRevocation', 'RevocationStatusUnknown']);
  });

  it('reports the clock range over which the verdict holds', async () => {
    const result = await verifyChain(leaf.der, noRevocation);
    expect(result.stableFrom).toBeLessThanOrEqual(pki.now.getTime());
    expect(result.stableUntil).toBeGreaterThan(pki.now.getTime());
    expect(Number.isFinite(result.stableUntil)).toBe(true);
  });
});

describe('verifyChain with other algorithms', () => {
  it.each<KeyAlgorithm>(['ec-p384', 'ec-p521', 'rsa-pss-2048', 'ed25519'])(
    'verifies a %s chain',
    async (alg) => {
      const pki = createTestPki({ keyAlgorithm: alg });
      const { root, intermediate, leaf } = pki.chain();
      const trustStore = new TrustStore({ roots: [root.der], intermediates: [intermediate.der] });
      const result = await verifyChain(leaf.der, { trustStore, at: pki.now, checkRevocation: false });
      expect(result.status).toEqual([]);
      const bad = pki.leaf(intermediate, { corruptSignature: true });
      const badResult = await verifyChain(bad.der, { trustStore, at: pki.now, checkRevocation: false });
      expect(flags(badResult)).toEqual(['NotSignatureValid']);
    },
  );

  it('mixes algorithms along a chain (RSA root, EC intermediate, Ed25519 leaf)', async () => {
    const pki = createTestPki();
    const root = pki.root({ keyAlgorithm: 'rsa-2048' });
    const intermediate = pki.intermediate(root, { keyAlgorithm: 'ec-p384' });
    const leaf = pki.leaf(intermediate, { keyAlgorithm: 'ed25519' });
    const trustStore = new TrustStore({ roots: [root.der], intermediates: [intermediate.der] });
    expect((await verifyChain(leaf.der, { trustStore, at: pki.now, checkRevocation: false })).valid).toBe(
      true,
    );
  });
});

describe('verifyChainNow with supplied revocation lists', () => {
  it('answers synchronously when only supplied CRLs are involved, revoked and good alike', () => {
    const pki = createTestPki();
    const { root, intermediate, leaf } = pki.chain();
    const revokedLeaf = pki.leaf(intermediate, { subject: 'CN=revoked' });
    const crls = new CrlStore([pki.crl(root).der, pki.crl(intermediate, { revoked: [revokedLeaf] }).der]);
    const trustStore = new TrustStore({ roots: [root.der], intermediates: [intermediate.der] });
    const options = { trustStore, at: pki.now, checkRevocation: true, revocation: { crls } };
    const good = verifyChainNow(leaf.der, options);
    const revoked = verifyChainNow(revokedLeaf.der, options);
    expect(good).not.toBeInstanceOf(Promise);
    expect(revoked).not.toBeInstanceOf(Promise);
    expect((good as Awaited<typeof good>).valid).toBe(true);
    expect((revoked as Awaited<typeof revoked>).status.map((status) => status.status)).toEqual(['Revoked']);
  });

  it('goes asynchronous when a fetcher may be needed', () => {
    const pki = createTestPki();
    const { root, intermediate, leaf } = pki.chain();
    const trustStore = new TrustStore({ roots: [root.der], intermediates: [intermediate.der] });
    const pending = verifyChainNow(leaf.der, {
      trustStore,
      at: pki.now,
      checkRevocation: true,
      revocation: { fetchCrl: async () => pki.crl(intermediate).der },
    });
    expect(pending).toBeInstanceOf(Promise);
    return pending;
  });
});
