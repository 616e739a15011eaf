import { describe, expect, it, vi } from 'vitest';
import { createTestPki } from '../pki/test-pki.js';
import { CrlStore } from '../revocation/crl-store.js';
import type { SignatureVerifier } from '../trust/signature-verifier.js';
import { NodeSignatureVerifier } from '../trust/signature-verifier.js';
import { TrustStore } from '../trust/trust-store.js';
import { type FactTarget, prepareFacts, prepareFactsNow } from './prepare-facts.js';
import { VerdictCache } from './verdict-cache.js';

function target(
  der: Uint8Array,
  thumbprint: string,
): FactTarget & { facts: { chain?: boolean; chainNoRevocation?: boolean } } {
  return { rawData: der, thumbprint, facts: {} };
}

function countingVerifier(): { verifier: SignatureVerifier; calls: () => number } {
  const inner = new NodeSignatureVerifier();
  const spy = vi.fn(inner.verify.bind(inner));
  return { verifier: { name: 'counting', verify: spy }, calls: () => spy.mock.calls.length };
}

describe('prepareFacts', () => {
  const pki = createTestPki();
  const { root, intermediate, leaf } = pki.chain();
  const crls = new CrlStore([pki.crl(root).der, pki.crl(intermediate).der]);

  it('computes only the needed facts for the named certificates', async () => {
    const trustStore = new TrustStore({ roots: [root.der], intermediates: [intermediate.der] });
    const request = target(leaf.der, leaf.thumbprint);
    const deployed = target(root.der, root.thumbprint);
    await prepareFacts(
      { request, deployment: [deployed] },
      [{ fact: 'chain-no-revocation', certificate: 'request' }],
      {
        trustStore,
        at: pki.now,
        cache: new VerdictCache(),
      },
    );
    expect(request.facts).toEqual({ chainNoRevocation: true });
    expect(deployed.facts).toEqual({});
    await prepareFacts({ request, deployment: [deployed] }, [{ fact: 'chain', certificate: 'any' }], {
      trustStore,
      at: pki.now,
      revocation: { crls },
      cache: new VerdictCache(),
    });
    expect(request.facts).toEqual({ chainNoRevocation: true, chain: true });
    expect(deployed.facts).toEqual({ chain: true });
  });

  it('serves repeated checks from the cache, and re-checks when the store changes or the certificate expires', async () => {
    const trustStore = new TrustStore({ roots: [root.der], intermediates: [intermediate.der] });
    const cache = new VerdictCache();
    const { verifier, calls } = countingVerifier();
    const needs = [{ fact: 'chain', certificate: 'request' }] as const;
    const options = { trustStore, at: pki.now, revocation: { crls }, cache, verifier };
    await prepareFacts({ request: target(leaf.der, leaf.thumbprint) }, needs, options);
    const afterFirst = calls();
    expect(afterFirst).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) {
      const again = target(leaf.der, leaf.thumbprint);
      await prepareFacts({ request: again }, needs, options);
      expect(again.facts.chain).toBe(true);
    }
    expect(calls()).toBe(afterFirst);
    expect(cache.size).toBe(1);

    trustStore.remove(root.thumbprint);
    const afterRemoval = target(leaf.der, leaf.thumbprint);
    await prepareFacts({ request: afterRemoval }, needs, options);
    expect(afterRemoval.facts.chain).toBe(false);

    trustStore.addRoot(root.der);
    const later = target(leaf.der, leaf.thumbprint);
    const afterExpiry = new Date(pki.now.getTime() + 400 * 86_400_000);
    await prepareFacts({ request: later }, needs, { ...options, at: afterExpiry });
    expect(later.facts.chain).toBe(false);
  });

  it('gives false for bytes that are not a certificate', async () => {
    const trustStore = new TrustStore({ roots: [root.der] });
    const garbage = target(Uint8Array.of(1, 2, 3), 'GARBAGE');
    await prepareFacts([garbage], [{ fact: 'chain-no-revocation', certificate: 'any' }], {
      trustStore,
      cache: new VerdictCache(),
    });
    expect(garbage.facts.chainNoRevocation).toBe(false);
  });

  it('prepareFactsNow sets cached and synchronous facts at once, and promises only pending ones', async () => {
    const trustStore = new TrustStore({ roots: [root.der], intermediates: [intermediate.der] });
    const cache = new VerdictCache();
    const needs = [{ fact: 'chain', certificate: 'request' }] as const;
    const first = target(leaf.der, leaf.thumbprint);
    // CRLs at hand and Node's verifier: nothing to wait for, even the first time.
    expect(
      prepareFactsNow({ request: first }, needs, { trustStore, at: pki.now, cache, revocation: { crls } }),
    ).toBe(undefined);
    expect(first.facts.chain).toBe(true);
    // A CRL to fetch: the fact is pending until the fetch settles.
    const fetched = target(leaf.der, leaf.thumbprint);
    const pending = prepareFactsNow({ request: fetched }, needs, {
      trustStore,
      at: pki.now,
      cache: new VerdictCache(),
      revocation: {
        fetchCrl: async () => {
          throw new Error('offline');
        },
      },
    });
    expect(pending).toBeInstanceOf(Promise);
    expect(fetched.facts.chain).toBeUndefined();
    await pending;
    expect(fetched.facts.chain).toBe(false);
  });
});
