import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createServer } from 'node:https';
import { connect, type TLSSocket } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { base64, codeOf, fixtureDer, pemOf } from './__fixtures__/fixtures.js';
import { clientCertificateFrom } from './client-certificate.js';
import { fromTlsSocket } from './socket.js';

const leaf = fixtureDer('leaf.pem');
const ca = fixtureDer('ca.pem');

describe('clientCertificateFrom headers', () => {
  it('reads each proxy form from a Node header record, case-insensitively', () => {
    expect(clientCertificateFrom({ 'x-arr-clientcert': base64(leaf) }, { source: 'arr' })).toEqual({
      der: leaf,
    });
    const sf = Buffer.from(pemOf(leaf)).toString('base64');
    expect(clientCertificateFrom({ 'X-Client-Certificate': sf }, { source: 'service-fabric' })).toEqual({
      der: leaf,
    });
    const xfcc = `Hash=1;Cert="${encodeURIComponent(pemOf(leaf))}"`;
    expect(clientCertificateFrom({ 'x-forwarded-client-cert': xfcc }, { source: 'envoy' })).toEqual({
      der: leaf,
    });
    const nginx = encodeURIComponent(pemOf(leaf));
    expect(clientCertificateFrom({ 'ssl-client-cert': nginx }, { source: 'nginx' })).toEqual({ der: leaf });
  });

  it('reads from fetch Headers, and from a header name of the caller’s choice', () => {
    const headers = new Headers({
      'X-ARR-ClientCert': base64(leaf),
      'X-SSL-Cert': encodeURIComponent(pemOf(ca)),
    });
    expect(clientCertificateFrom(headers, { source: 'arr' })).toEqual({ der: leaf });
    expect(clientCertificateFrom(headers, { source: 'nginx', header: 'X-SSL-Cert' })).toEqual({ der: ca });
    expect(clientCertificateFrom(new Map([['x-arr-clientcert', base64(leaf)]]), { source: 'arr' })).toEqual({
      der: leaf,
    });
  });

  it('sees no certificate when the header is missing', () => {
    for (const source of ['arr', 'service-fabric', 'envoy', 'nginx'] as const) {
      const result = clientCertificateFrom({}, { source });
      expect(result.der, source).toBeNull();
      expect('reason' in result && result.reason).toMatch(/no .* header/);
    }
    expect(clientCertificateFrom(new Headers(), { source: 'arr' }).der).toBeNull();
  });

  it('rejects a repeated single-value header, and joins repeated XFCC lines', () => {
    const twice = { 'x-arr-clientcert': [base64(leaf), base64(ca)] };
    expect(codeOf(() => clientCertificateFrom(twice, { source: 'arr' }))).toBe('duplicate-header');
    const xfcc = [`Cert="${encodeURIComponent(pemOf(leaf))}"`, `Cert="${encodeURIComponent(pemOf(ca))}"`];
    expect(clientCertificateFrom({ 'x-forwarded-client-cert': xfcc }, { source: 'envoy' })).toEqual({
      der: leaf,
    });
  });

  it('applies the header size limit (default 64 KiB, configurable) before decoding', () => {
    const huge = { 'x-arr-clientcert': 'A'.repeat(1024 * 1024) };
    const started = performance.now();
    expect(codeOf(() => clientCertificateFrom(huge, { source: 'arr' }))).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(20);
    const split = { 'x-forwarded-client-cert': ['A'.repeat(40_000), 'A'.repeat(40_000)] };
    expect(codeOf(() => clientCertificateFrom(split, { source: 'envoy' }))).toBe('too-large');
    const small = { 'x-arr-clientcert': base64(leaf) };
    expect(codeOf(() => clientCertificateFrom(small, { source: 'arr', maxHeaderLength: 64 }))).toBe(
      'too-large',
    );
  });

  it('rejects wrong arguments from untyped callers', () => {
    expect(codeOf(() => clientCertificateFrom({}, { source: 'bogus' as 'arr' }))).toBe('invalid-input');
    expect(codeOf(() => clientCertificateFrom(null as unknown as Headers, { source: 'arr' }))).toBe(
      'invalid-input',
    );
    expect(
      codeOf(() => clientCertificateFrom({ 'x-arr-clientcert': 5 as unknown as string }, { source: 'arr' })),
    ).toBe('invalid-input');
  });
});

describe('clientCertificateFrom a TLS socket', () => {
  it('reads getPeerCertificate(true).raw, and sees none for {} or a plain socket', () => {
    const withCert = { getPeerCertificate: () => ({ raw: Buffer.from(leaf), subject: {} }) };
    expect(clientCertificateFrom(withCert, { source: 'socket' })).toEqual({ der: leaf });
    expect(clientCertificateFrom({ socket: withCert }, { source: 'socket' })).toEqual({ der: leaf });
    expect(fromTlsSocket({ getPeerCertificate: () => ({}) })).toMatchObject({ der: null });
    expect(fromTlsSocket({ socket: {} })).toMatchObject({
      der: null,
      reason: expect.stringMatching(/not TLS/),
    });
    expect(codeOf(() => fromTlsSocket({ getPeerCertificate: () => ({ raw: 'x' }) }))).toBe('invalid-input');
    expect(codeOf(() => fromTlsSocket({ getPeerCertificate: () => ({ raw: Buffer.from([1]) }) }))).toBe(
      'not-a-certificate',
    );
  });

  it('reads the certificate a real TLS client sent, and none when it sent none', async () => {
    const key = readFileSync(new URL('./__fixtures__/server-key.pem', import.meta.url), 'utf8');
    const cert = readFileSync(new URL('./__fixtures__/server.pem', import.meta.url), 'utf8');
    const clientKey = readFileSync(new URL('./__fixtures__/client-key.pem', import.meta.url), 'utf8');
    const clientCert = readFileSync(new URL('./__fixtures__/client.pem', import.meta.url), 'utf8');
    const seen: unknown[] = [];
    const server = createServer(
      { key, cert, requestCert: true, rejectUnauthorized: false },
      (request: IncomingMessage, response) => {
        seen.push(clientCertificateFrom(request, { source: 'socket' }));
        response.end('ok');
      },
    );
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as { port: number }).port;
    try {
      for (const options of [{ key: clientKey, cert: clientCert }, {}]) {
        const socket: TLSSocket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false, ...options });
        await once(socket, 'secureConnect');
        socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
        socket.resume();
        await once(socket, 'end');
        socket.destroy();
      }
    } finally {
      server.close();
    }
    expect(seen[0]).toEqual({ der: fixtureDer('client.pem') });
    expect(seen[1]).toMatchObject({ der: null, reason: expect.stringMatching(/no certificate/) });
  });
});
