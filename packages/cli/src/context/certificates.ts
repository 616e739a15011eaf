import { resolve } from 'node:path';
import {
  CertificateInputError,
  CertificateLoadError,
  CrlParseError,
  CrlStore,
  DerError,
  decodeCertificate,
  loadDer,
  loadPem,
  loadPfx,
} from '@apim-policy/x509';
import { readBytes } from '../lint/read-text.js';
import { UsageError } from '../lint/usage-error.js';
import { message } from './messages.js';

function looksLikePem(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, 4096)).includes('-----BEGIN');
}

function isPfxName(file: string): boolean {
  return /\.(pfx|p12)$/i.test(file);
}

function reasonOf(error: unknown): string | null {
  if (error instanceof CertificateLoadError || error instanceof DerError) return error.message;
  return null;
}

/**
 * The certificates of a file, as DER: every certificate of a PEM bundle, one DER certificate, or
 * a PFX (by its `.pfx`/`.p12` name or when a password is given: the certificate its key belongs
 * to first, then the others). Each is decoded once so that a broken one is reported here, with
 * the file's name, rather than when a policy reads it.
 */
export async function readCertificates(cwd: string, file: string, password?: string): Promise<Uint8Array[]> {
  const bytes = await readBytes(resolve(cwd, file), file);
  try {
    let certificates: Uint8Array[];
    if (looksLikePem(bytes)) certificates = loadPem(new TextDecoder().decode(bytes));
    else if (password !== undefined || isPfxName(file)) {
      const pfx = await loadPfx(bytes, password ?? '');
      certificates = [pfx.certificate, ...pfx.certificates.filter((der) => der !== pfx.certificate)];
    } else certificates = [loadDer(bytes)];
    if (certificates.length === 0) throw new CertificateLoadError('empty', 'the file holds no certificate');
    for (const der of certificates) decodeCertificate(der).subjectName;
    return certificates;
  } catch (error) {
    const reason = reasonOf(error);
    if (reason === null) throw error;
    throw new UsageError(message('bad-certificate', { file, reason }));
  }
}

/** The one certificate of a file (the first of a bundle, the keyed one of a PFX). */
export async function readCertificate(cwd: string, file: string, password?: string): Promise<Uint8Array> {
  const [first] = await readCertificates(cwd, file, password);
  return first as Uint8Array;
}

/** A certificate revocation list (DER or PEM), checked by reading it. */
export async function readCrl(cwd: string, file: string): Promise<Uint8Array | string> {
  const bytes = await readBytes(resolve(cwd, file), file);
  const crl = looksLikePem(bytes) ? new TextDecoder().decode(bytes) : bytes;
  try {
    new CrlStore([crl]);
  } catch (error) {
    // What the store throws for bytes that are not a CRL, and for a PEM block that is not base64.
    if (!(error instanceof CrlParseError || error instanceof CertificateInputError)) throw error;
    throw new UsageError(message('bad-crl', { file, reason: error.message }));
  }
  return crl;
}
