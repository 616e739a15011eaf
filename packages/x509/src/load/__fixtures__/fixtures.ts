/** Test fixtures for the loaders (made with the openssl command line; PFX password `secret`). */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';

const here = new URL('./', import.meta.url);

/** The text of a fixture file. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(name, here), 'utf8');
}

/** The bytes of a fixture file. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, here)));
}

/** DER of a PEM fixture, decoded independently of the loaders (by node:crypto). */
export function fixtureDer(name: string): Uint8Array {
  return new Uint8Array(new X509Certificate(fixtureText(name)).raw);
}

/** Subject of DER as node:crypto reads it: proof the bytes are a certificate. */
export function subjectOf(der: Uint8Array): string {
  return new X509Certificate(der).subject;
}

/** Base64 of bytes. */
export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/** PEM text of DER, with 64-character lines. */
export function pemOf(der: Uint8Array, eol = '\n'): string {
  const lines = base64(der).match(/.{1,64}/g) ?? [];
  return ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----', ''].join(eol);
}

/** Expects `action` to throw a CertificateLoadError with `code`; returns it. */
export function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof Error && error.name === 'CertificateLoadError') {
      return (error as Error & { code: string }).code;
    }
    throw error;
  }
  return 'no error';
}
