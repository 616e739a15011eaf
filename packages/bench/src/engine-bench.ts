import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locateCorpus } from '@apim-policy/corpus';
import { compilePolicy, type Outcome } from '@apim-policy/engine';
import { createTestPki, decodeCertificateCached, prepareFactsNow, TrustStore } from '@apim-policy/x509';
import { compareAsync, duration, table } from './measure.js';

/** Scenario 1 of the engine: the classic APIM client-certificate condition. */
const SCENARIO_1 = `<policies>
    <inbound>
        <base />
        <choose>
            <when condition="@(context.Request.Certificate == null || !context.Request.Certificate.Verify() || !context.Deployment.Certificates.Any(c => c.Value.Thumbprint == context.Request.Certificate.Thumbprint))">
                <return-response>
                    <set-status code="403" reason="Invalid client certificate" />
                </return-response>
            </when>
        </choose>
    </inbound>
    <backend><base /></backend>
    <outbound><base /></outbound>
    <on-error><base /></on-error>
</policies>`;

const URL = 'https://contoso.azure-api.net/echo/resource?id=1';
const BACKEND_URL = 'https://echoapi.cloudapp.net/api/resource?id=1';

/**
 * The same decision written by hand against the x509 package, building the same outcome object:
 * decode the certificate (cached), read the cached Verify() verdict (awaiting only when it is not
 * cached), look the thumbprint up.
 */
function handWritten(
  deployed: ReadonlySet<string>,
  trustStore: TrustStore,
  crls: import('@apim-policy/x509').CrlStore,
) {
  return async (request: { url: string; certificate: Uint8Array | null }, now: number): Promise<Outcome> => {
    let rejected = true;
    if (request.certificate !== null) {
      const decoded = decodeCertificateCached(request.certificate);
      const target = {
        rawData: decoded.rawData,
        thumbprint: decoded.thumbprint,
        facts: {} as { chain?: boolean },
      };
      const pending = prepareFactsNow({ request: target }, [{ fact: 'chain', certificate: 'request' }], {
        trustStore,
        at: now,
        revocation: { crls },
      });
      if (pending !== undefined) await pending;
      rejected = target.facts.chain !== true || !deployed.has(decoded.thumbprint);
    }
    if (rejected) {
      return {
        kind: 'respond',
        response: { status: 403, reason: 'Invalid client certificate', headers: {}, body: null },
        forwarded: null,
        variables: {},
        lastError: null,
        trace: [],
      };
    }
    return {
      kind: 'forward',
      request: { method: 'GET', url: BACKEND_URL, headers: {}, body: null },
      variables: {},
      lastError: null,
      trace: [],
    };
  };
}

async function runBenchmark(): Promise<string> {
  const now = Date.UTC(2026, 5, 1);
  const pki = createTestPki({ now: new Date(now) });
  const { root, intermediate, leaf } = pki.chain();
  const stranger = pki.leaf(intermediate, { subject: 'CN=not uploaded' });
  const { CrlStore } = await import('@apim-policy/x509');
  const crls = new CrlStore([pki.crl(root).der, pki.crl(intermediate).der]);
  const policy = compilePolicy(SCENARIO_1, {
    deployment: {
      certificates: [leaf],
      ca: { roots: [root], intermediates: [intermediate] },
      crls: [pki.crl(root).der, pki.crl(intermediate).der],
    },
  });
  if (!policy.ok) throw new Error(policy.diagnostics.map((d) => d.message).join('\n'));
  const trustStore = new TrustStore({ roots: [root.der], intermediates: [intermediate.der] });
  const byHand = handWritten(new Set([leaf.thumbprint]), trustStore, crls);

  const cases = [
    { title: 'accepted (forward)', certificate: leaf.der, kind: 'forward' },
    { title: 'not uploaded (403)', certificate: stranger.der, kind: 'respond' },
    { title: 'no certificate (403)', certificate: null, kind: 'respond' },
  ] as const;
  const rows: string[][] = [];
  for (const item of cases) {
    const request = { url: URL, certificate: item.certificate };
    // Same decisions first (and warm-up).
    for (let i = 0; i < 200; i++) {
      const [engine, hand] = [await policy.run(request, { now, trace: false }), await byHand(request, now)];
      if (engine.kind !== item.kind || hand.kind !== item.kind)
        throw new Error(`${item.title}: decisions differ`);
    }
    const [hand = 0, engine = 0, traced = 0] = await compareAsync([
      () => byHand(request, now),
      () => policy.run(request, { now, trace: false }),
      () => policy.run(request, { now }),
    ]);
    rows.push([
      item.title,
      duration(hand),
      duration(engine),
      `${(engine / hand).toFixed(2)}×`,
      duration(traced),
      `${(traced / hand).toFixed(2)}×`,
    ]);
  }
  return [
    'A whole run of scenario 1 (`policy.run`: context from the request description, facts from the',
    'verdict cache, inbound, backend), against a hand-written async function making the same decision',
    'and building the same outcome object. Same run, batches in turn after a warm-up, medians of 15',
    'batches. Target: at most 3×.',
    '',
    table(['request', 'hand-written', 'engine (no trace)', 'ratio', 'engine (trace)', 'ratio'], rows),
  ].join('\n');
}

/** Heap held by `copies` loaded copies of one corpus policy. */
async function memoryBenchmark(copies = 10_000): Promise<string> {
  const corpus = locateCorpus();
  const file =
    'ronaldbosma__mtls-with-apim__infra_03-application_protected-api_validate-using-context.operation.xml';
  if (corpus === null) return 'Skipped: no corpus at ../shared/corpus/policies.';
  const text = readFileSync(join(corpus, file), 'utf8');
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return 'Skipped: run with `node --expose-gc` to measure memory.';
  const options = { unresolvedNamedValues: 'warning' as const };
  compilePolicy(text, options);
  gc();
  const before = process.memoryUsage();
  const started = performance.now();
  const kept = [];
  let peak = before.heapUsed;
  for (let i = 0; i < copies; i++) {
    kept.push(compilePolicy(text, options));
    if (i % 500 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const elapsed = performance.now() - started;
  gc();
  const after = process.memoryUsage();
  peak = Math.max(peak, after.heapUsed);
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const retained = after.heapUsed - before.heapUsed;
  return [
    `${copies.toLocaleString('en-US')} copies of \`${file}\` (${text.length.toLocaleString('en-US')} characters, a typical corpus policy) loaded with \`compilePolicy\` and kept:`,
    '',
    table(
      ['retained heap', 'per copy', 'peak heap', 'rss after', 'load time per copy'],
      [
        [
          megabytes(retained),
          `${(retained / copies / 1024).toFixed(1)} KB`,
          megabytes(peak),
          megabytes(after.rss),
          `${(elapsed / copies).toFixed(2)} ms`,
        ],
      ],
    ),
    kept.length === copies ? '' : 'copies were dropped',
  ].join('\n');
}

export const engineRunBenchmark = runBenchmark;
export const engineMemoryBenchmark = memoryBenchmark;
