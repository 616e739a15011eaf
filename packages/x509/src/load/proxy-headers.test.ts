import { describe, expect, it } from 'vitest';
import { base64, codeOf, fixtureDer, pemOf } from './__fixtures__/fixtures.js';
import {
  fromArrClientCert,
  fromEnvoyXfcc,
  fromNginxEscapedCert,
  fromServiceFabricClientCertificate,
} from './proxy-headers.js';

const leaf = fixtureDer('leaf.pem');
const ca = fixtureDer('ca.pem');

/** URL encoding as Envoy and nginx write it: every reserved character escaped. */
const urlEncode = (text: string): string => encodeURIComponent(text);

describe('App Service X-ARR-ClientCert (base64 DER)', () => {
  it('loads the certificate', () => {
    expect(fromArrClientCert(base64(leaf))).toEqual({ der: leaf });
  });
  it('sees no certificate when the header is absent or empty', () => {
    expect(fromArrClientCert(null)).toMatchObject({
      der: null,
      reason: expect.stringMatching(/no X-ARR-ClientCert/),
    });
    expect(fromArrClientCert(undefined).der).toBeNull();
    expect(fromArrClientCert('  ')).toMatchObject({ der: null, reason: expect.stringMatching(/empty/) });
  });
  it('throws typed errors for malformed values, naming the header', () => {
    expect(codeOf(() => fromArrClientCert('%%%'))).toBe('bad-base64');
    expect(() => fromArrClientCert('%%%')).toThrow(/^header X-ARR-ClientCert: /);
    expect(codeOf(() => fromArrClientCert(base64(leaf).slice(0, 200)))).toBe('truncated');
    expect(codeOf(() => fromArrClientCert(pemOf(leaf)))).toBe('bad-base64');
  });
});

describe('Service Fabric X-Client-Certificate (base64 of PEM)', () => {
  const header = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
  it('loads the certificate, the first of a bundle', () => {
    expect(fromServiceFabricClientCertificate(header(pemOf(leaf)))).toEqual({ der: leaf });
    expect(fromServiceFabricClientCertificate(header(pemOf(leaf) + pemOf(ca)))).toEqual({ der: leaf });
    expect(fromServiceFabricClientCertificate(header(pemOf(leaf, '\r\n')))).toEqual({ der: leaf });
  });
  it('sees no certificate when the header is empty', () => {
    expect(fromServiceFabricClientCertificate('').der).toBeNull();
  });
  it('explains when the value is base64 DER or binary rather than base64 of PEM', () => {
    expect(codeOf(() => fromServiceFabricClientCertificate(base64(leaf)))).toBe('not-pem');
    expect(() => fromServiceFabricClientCertificate(base64(leaf))).toThrow(/X-Client-Certificate/);
    expect(codeOf(() => fromServiceFabricClientCertificate(header('hello')))).toBe('not-pem');
    expect(codeOf(() => fromServiceFabricClientCertificate(base64(new Uint8Array([0xff, 0xfe]))))).toBe(
      'bad-header',
    );
  });
});

describe('Envoy X-Forwarded-Client-Cert', () => {
  const element = (der: Uint8Array): string =>
    `Hash=abc;Cert="${urlEncode(pemOf(der))}";Subject="O=Contoso,CN=x"`;
  it('loads Cert from the first element (the original client)', () => {
    expect(fromEnvoyXfcc(element(leaf))).toEqual({ der: leaf });
    expect(fromEnvoyXfcc(`${element(leaf)},${element(ca)}`)).toEqual({ der: leaf });
    expect(fromEnvoyXfcc(`Cert=${urlEncode(pemOf(leaf))}`)).toEqual({ der: leaf });
  });
  it('sees no certificate when absent, empty, or forwarded without Cert', () => {
    expect(fromEnvoyXfcc(null).der).toBeNull();
    expect(fromEnvoyXfcc('By=spiffe://a;Hash=abc')).toMatchObject({
      der: null,
      reason: expect.stringMatching(/set_current_client_cert_details/),
    });
    expect(fromEnvoyXfcc('Hash=abc,Cert="x"').der).toBeNull();
  });
  it('throws typed errors for malformed values', () => {
    expect(codeOf(() => fromEnvoyXfcc('Cert="%E0%A4%A"'))).toBe('bad-url-encoding');
    expect(codeOf(() => fromEnvoyXfcc('Cert="abc'))).toBe('bad-header');
    expect(
      codeOf(() =>
        fromEnvoyXfcc(`Cert="${urlEncode('-----BEGIN PRIVATE KEY-----\nAA==\n-----END PRIVATE KEY-----')}"`),
      ),
    ).toBe('wrong-pem-label');
  });
});

describe('nginx $ssl_client_escaped_cert', () => {
  it('loads URL-encoded PEM, and the unescaped legacy $ssl_client_cert', () => {
    expect(fromNginxEscapedCert(urlEncode(pemOf(leaf)))).toEqual({ der: leaf });
    const legacy = pemOf(leaf).trimEnd().replaceAll('\n', '\n\t');
    expect(fromNginxEscapedCert(legacy)).toEqual({ der: leaf });
  });
  it('sees no certificate when empty, and reports bad escapes', () => {
    expect(fromNginxEscapedCert('').der).toBeNull();
    expect(codeOf(() => fromNginxEscapedCert('%ZZ'))).toBe('bad-url-encoding');
    expect(() => fromNginxEscapedCert('abc%2')).toThrow(/malformed escape at character 3/);
  });
});

describe('size limit of the header readers', () => {
  it('rejects a 1 MB header as too-large before decoding, quickly', () => {
    const huge = 'A'.repeat(1024 * 1024);
    const started = performance.now();
    for (const read of [
      fromArrClientCert,
      fromServiceFabricClientCertificate,
      fromEnvoyXfcc,
      fromNginxEscapedCert,
    ]) {
      expect(codeOf(() => read(huge))).toBe('too-large');
    }
    expect(performance.now() - started).toBeLessThan(50);
    expect(codeOf(() => fromArrClientCert(base64(leaf), { maxLength: 100 }))).toBe('too-large');
  });
});
