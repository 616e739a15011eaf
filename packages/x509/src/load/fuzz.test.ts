/**
 * Property tests: every entry point either returns or throws `CertificateLoadError`, for any
 * text or bytes, including valid inputs with random damage.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64, fixtureBytes, fixtureDer, pemOf } from './__fixtures__/fixtures.js';
import { decodeBase64 } from './base64.js';
import { loadBase64Der } from './base64-der.js';
import { clientCertificateFrom } from './client-certificate.js';
import { loadDer } from './der.js';
import { CertificateLoadError } from './errors.js';
import { loadPem } from './pem.js';
import { loadPfx } from './pfx.js';
import {
  fromArrClientCert,
  fromEnvoyXfcc,
  fromNginxEscapedCert,
  fromServiceFabricClientCertificate,
} from './proxy-headers.js';
import { firstXfccElement } from './xfcc.js';

const leaf = fixtureDer('leaf.pem');
const ca = fixtureDer('ca.pem');
const RUNS = 400;

/** Runs `action`; any exception other than CertificateLoadError fails the property. */
function onlyTypedErrors(action: () => unknown): void {
  try {
    action();
  } catch (error) {
    if (!(error instanceof CertificateLoadError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
  }
}

/** A string edit: delete `remove` characters at `at` and insert `insert`. */
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 8 }),
  insert: fc.string({ maxLength: 6, unit: 'binary' }),
});

/** Valid `text` with up to four random edits, or cut at a random point. */
function damaged(text: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) =>
      edits.reduce((s, e) => {
        const at = e.at % (s.length + 1);
        return s.slice(0, at) + e.insert + s.slice(at + e.remove);
      }, text),
    ),
    fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
  );
}

/** Any text, text shaped like the format, or a damaged valid value. */
function textFor(valid: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({
      unit: fc.constantFrom(...'ABCMIIQgw+/=-_%\r\n \t"";,=-----BEGIN CERTIFICATE'),
      maxLength: 300,
    }),
    damaged(valid),
  );
}

const pem = pemOf(leaf) + pemOf(ca);
const sfHeader = Buffer.from(pemOf(leaf)).toString('base64');
const xfcc = `By=spiffe://a;Hash=1;Cert="${encodeURIComponent(pemOf(leaf))}";Subject="CN=x, O=y",Hash=2`;
const nginx = encodeURIComponent(pemOf(leaf));

describe('fuzzing the text entry points', () => {
  const cases: readonly [string, string, (text: string) => unknown][] = [
    ['loadPem', pem, (t) => loadPem(t)],
    ['loadPem skipping other blocks', pem, (t) => loadPem(t, { skipOtherBlocks: true })],
    ['loadBase64Der', base64(leaf), (t) => loadBase64Der(t)],
    ['decodeBase64', base64(leaf), (t) => decodeBase64(t)],
    ['fromArrClientCert', base64(leaf), (t) => fromArrClientCert(t)],
    ['fromServiceFabricClientCertificate', sfHeader, (t) => fromServiceFabricClientCertificate(t)],
    ['fromEnvoyXfcc', xfcc, (t) => fromEnvoyXfcc(t)],
    ['firstXfccElement', xfcc, (t) => firstXfccElement(t)],
    ['fromNginxEscapedCert', nginx, (t) => fromNginxEscapedCert(t)],
    [
      'clientCertificateFrom arr',
      base64(leaf),
      (t) => clientCertificateFrom({ 'x-arr-clientcert': t }, { source: 'arr' }),
    ],
    [
      'clientCertificateFrom service-fabric',
      sfHeader,
      (t) =>
        clientCertificateFrom(
          new Headers({
            'x-client-certificate': t.replace(/[^\x20-\x7e]/g, '') /* what fetch Headers can hold */,
          }),
          { source: 'service-fabric' },
        ),
    ],
    [
      'clientCertificateFrom envoy',
      xfcc,
      (t) => clientCertificateFrom({ 'x-forwarded-client-cert': [t, t] }, { source: 'envoy' }),
    ],
    [
      'clientCertificateFrom nginx',
      nginx,
      (t) => clientCertificateFrom({ 'ssl-client-cert': t }, { source: 'nginx' }),
    ],
  ];

  it.each(cases)('%s never throws anything but CertificateLoadError', (_, valid, entry) => {
    fc.assert(
      fc.property(textFor(valid), (text) => onlyTypedErrors(() => entry(text))),
      { numRuns: RUNS },
    );
  });

  it('a valid value still loads after the damage is undone (sanity of the generators)', () => {
    expect(loadPem(pem)).toEqual([leaf, ca]);
    expect(fromEnvoyXfcc(xfcc)).toEqual({ der: leaf });
  });
});

describe('fuzzing the byte entry points', () => {
  const flips = (bytes: Uint8Array): fc.Arbitrary<Uint8Array> =>
    fc.oneof(
      fc
        .array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 6,
        })
        .map((changes) => {
          const copy = new Uint8Array(bytes);
          for (const c of changes) copy[c.at % copy.length] = c.value;
          return copy;
        }),
      fc.nat({ max: bytes.length }).map((n) => bytes.slice(0, n)),
      fc.uint8Array({ maxLength: 300 }),
    );

  it('loadDer never throws anything but CertificateLoadError', () => {
    fc.assert(
      fc.property(flips(leaf), (bytes) => onlyTypedErrors(() => loadDer(bytes))),
      { numRuns: 2000 },
    );
  });

  it.each(['aes256.pfx', 'legacy-rc2.pfx'])(
    'loadPfx on a damaged %s rejects only with CertificateLoadError',
    async (name) => {
      await fc.assert(
        fc.asyncProperty(flips(fixtureBytes(name)), async (bytes) => {
          try {
            await loadPfx(bytes, 'secret');
          } catch (error) {
            if (!(error instanceof CertificateLoadError)) throw error;
          }
        }),
        { numRuns: 150 },
      );
    },
  );
});
