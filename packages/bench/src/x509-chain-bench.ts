/**
 * Chain verification cost, measured against its own baseline in the same run: a first
 * verification of a two-level chain (leaf → intermediate → root) against the two raw signature
 * checks it needs with Node's `crypto.verify` and ready key objects; and a cached verdict lookup.
 */
import { createPublicKey, verify } from 'node:crypto';
import {
  createTestPki,
  factKey,
  type KeyAlgorithm,
  parseCertificate,
  TrustStore,
  VerdictCache,
  verifyChain,
} from '@apim-policy/x509';

async function timeAsync(iterations: number, run: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(20, iterations); i++) await run(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await run(i);
  return Number(process.hrtime.bigint() - start) / 1000 / iterations;
}

function timeSync(iterations: number, run: (i: number) => unknown): number {
  for (let i = 0; i < Math.min(20, iterations); i++) run(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) run(i);
  return Number(process.hrtime.bigint() - start) / 1000 / iterations;
}

const HASH: Partial<Record<KeyAlgorithm, string>> = { 'ec-p256': 'sha256', 'rsa-2048': 'sha256' };

async function chainRow(algorithm: 'ec-p256' | 'rsa-2048', leaves: number): Promise<string> {
  const pki = createTestPki({ keyAlgorithm: algorithm });
  const root = pki.root();
  const intermediate = pki.intermediate(root);
  // Distinct leaves: each verification below is a first sight (nothing about the leaf is cached).
  const leafDers = Array.from(
    { length: leaves },
    () => pki.leaf(intermediate, { keyAlgorithm: algorithm }).der,
  );
  const trustStore = new TrustStore({ roots: [root.der], intermediates: [intermediate.der] });
  const options = { trustStore, at: pki.now, checkRevocation: false };
  const hash = HASH[algorithm]!;
  const rootKey = createPublicKey({ key: Buffer.from(root.keys.spki), format: 'der', type: 'spki' });
  const intermediateKey = createPublicKey({
    key: Buffer.from(intermediate.keys.spki),
    format: 'der',
    type: 'spki',
  });
  const parsedIntermediate = parseCertificate(intermediate.der);
  const parsedLeaves = leafDers.map((der) => parseCertificate(der));
  // Baseline and subject alternate in rounds and the median ratio is reported, so that a noisy
  // machine slows both sides alike.
  const rounds = 9;
  const ratios: number[] = [];
  const firsts: number[] = [];
  const baselines: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const baseline = timeSync(leaves, (i) => {
      const leaf = parsedLeaves[i]!;
      return (
        verify(hash, leaf.tbs, intermediateKey, leaf.signature) &&
        verify(hash, parsedIntermediate.tbs, rootKey, parsedIntermediate.signature)
      );
    });
    const first = await timeAsync(leaves, async (i) => {
      const result = await verifyChain(leafDers[i]!, options);
      if (!result.valid) throw new Error('benchmark chain did not verify');
    });
    ratios.push(first / baseline);
    firsts.push(first);
    baselines.push(baseline);
  }
  const ratio = median(ratios);
  return `| first chain verification, ${algorithm} (no revocation) | ${median(firsts).toFixed(1)} µs | 2 × crypto.verify: ${median(baselines).toFixed(1)} µs | ${ratio.toFixed(2)}× | ≤ 1.5× |`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function cachedRow(): string {
  const pki = createTestPki();
  const { root } = pki.chain();
  const trustStore = new TrustStore({ roots: [root.der] });
  const cache = new VerdictCache();
  const options = { trustStore, cache };
  const thumbprint = root.thumbprint;
  const at = Date.now();
  cache.set(factKey(thumbprint, 'chain-no-revocation', options), {
    valid: true,
    from: 0,
    until: Number.POSITIVE_INFINITY,
  });
  const perLookup = timeSync(1_000_000, () =>
    cache.get(factKey(thumbprint, 'chain-no-revocation', options), at),
  );
  return `| cached verdict (key + LRU lookup) | ${(perLookup * 1000).toFixed(0)} ns | — | — | < 1 µs |`;
}

/** Runs the chain benchmarks and returns a markdown table. */
export async function chainBench(): Promise<string> {
  const rows = [
    '| case | time | baseline (same run) | ratio | target |',
    '|---|---|---|---|---|',
    await chainRow('ec-p256', 100),
    await chainRow('rsa-2048', 100),
    cachedRow(),
  ];
  return rows.join('\n');
}
