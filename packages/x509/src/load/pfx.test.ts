import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBytes, fixtureDer, fixtureText, subjectOf } from './__fixtures__/fixtures.js';
import { CertificateLoadError } from './errors.js';
import { loadPfx } from './pfx.js';

const leaf = fixtureDer('leaf.pem');
const ca = fixtureDer('ca.pem');

async function codeOfAsync(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
  } catch (error) {
    if (error instanceof CertificateLoadError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('loadPfx with committed fixtures', () => {
  it.each(['aes256.pfx', 'legacy-rc2.pfx'])('%s: leaf, chain, key and friendly name', async (name) => {
    const pfx = await loadPfx(fixtureBytes(name), 'secret');
    expect(pfx.certificates).toEqual([leaf, ca]);
    expect(pfx.certificate).toEqual(leaf);
    expect(pfx.hasPrivateKey).toBe(true);
    expect(pfx.friendlyName).toBe('client 01');
  });

  it.each(['aes256.pfx', 'legacy-rc2.pfx'])('%s: a wrong password is pfx-password', async (name) => {
    await expect(loadPfx(fixtureBytes(name), 'Secret')).rejects.toMatchObject({ code: 'pfx-password' });
    await expect(loadPfx(fixtureBytes(name), '')).rejects.toThrow(/password is wrong/);
  });

  it('refuses more key-derivation iterations than allowed, before deriving', async () => {
    const refused = loadPfx(fixtureBytes('aes256.pfx'), 'secret', { maxIterations: 1000 });
    await expect(refused).rejects.toMatchObject({ code: 'pfx-unsupported' });
    await expect(loadPfx(fixtureBytes('legacy-rc2.pfx'), 'secret', { maxIterations: 1000 })).rejects.toThrow(
      /MAC asks for 2048 iterations, over the limit of 1000/,
    );
    expect((await loadPfx(fixtureBytes('aes256.pfx'), 'secret', { maxIterations: 2048 })).hasPrivateKey).toBe(
      true,
    );
  });

  it('reports damaged, foreign and empty input', async () => {
    const good = fixtureBytes('aes256.pfx');
    expect(await codeOfAsync(() => loadPfx(good.subarray(0, good.length / 2), 'secret'))).toBe('pfx-corrupt');
    expect(await codeOfAsync(() => loadPfx(leaf, 'secret'))).toBe('pfx-corrupt');
    expect(await codeOfAsync(() => loadPfx(new TextEncoder().encode(fixtureText('leaf.pem')), 'x'))).toBe(
      'pfx-corrupt',
    );
    expect(await codeOfAsync(() => loadPfx(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x03]), 'x'))).toBe(
      'pfx-corrupt',
    );
    const altered = new Uint8Array(good);
    altered[good.length - 200] = altered[good.length - 200]! ^ 0xff;
    expect(['pfx-password', 'pfx-corrupt']).toContain(await codeOfAsync(() => loadPfx(altered, 'secret')));
    expect(await codeOfAsync(() => loadPfx(new Uint8Array(), 'secret'))).toBe('empty');
    expect(await codeOfAsync(() => loadPfx(good, 'secret', { maxLength: 1000 }))).toBe('too-large');
    expect(await codeOfAsync(() => loadPfx('x' as unknown as Uint8Array, 'secret'))).toBe('invalid-input');
    expect(await codeOfAsync(() => loadPfx(good, undefined as unknown as string))).toBe('invalid-input');
  });
});

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'pipe' });
    return true;
  } catch (error) {
    console.warn(`openssl is not available; PFX round-trip tests are skipped (${String(error)})`);
    return false;
  }
}

describe.skipIf(!hasOpenssl())('loadPfx with PFX files made by openssl pkcs12 -export', () => {
  let dir = '';
  const openssl = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  };
  const exportPfx = (out: string, password: string, ...extra: string[]): Uint8Array => {
    openssl('pkcs12', '-export', '-out', out, '-passout', `pass:${password}`, ...extra);
    return new Uint8Array(readFileSync(join(dir, out)));
  };
  let legacySupported = true;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pfx-'));
    // As people make them: openssl req -newkey rsa:2048 -nodes -keyout k.pem -x509 -days 365 -out c.pem
    openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'k.pem',
      '-x509',
      '-days',
      '365',
      '-subj',
      '/CN=pfx test/O=Contoso',
      '-out',
      'c.pem',
    );
    writeFileSync(join(dir, 'ca.pem'), fixtureText('ca.pem'));
    try {
      openssl(
        'pkcs12',
        '-export',
        '-legacy',
        '-inkey',
        'k.pem',
        '-in',
        'c.pem',
        '-out',
        'probe.pfx',
        '-passout',
        'pass:x',
      );
    } catch (error) {
      legacySupported = false;
      console.warn(`openssl pkcs12 -legacy is not supported here; that case is skipped (${String(error)})`);
    }
  });
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  const certificate = (): Uint8Array => fixtureDerFrom(join(dir, 'c.pem'));

  it('OpenSSL 3 default (PBES2, AES-256-CBC, HMAC-SHA256 MAC) with the chain', async () => {
    const bytes = exportPfx('aes.pfx', 'pa55', '-inkey', 'k.pem', '-in', 'c.pem', '-certfile', 'ca.pem');
    const pfx = await loadPfx(bytes, 'pa55');
    expect(pfx.certificates).toEqual([certificate(), ca]);
    expect(subjectOf(pfx.certificate)).toBe('CN=pfx test\nO=Contoso');
    expect(pfx.hasPrivateKey).toBe(true);
    await expect(loadPfx(bytes, 'pa56')).rejects.toMatchObject({ code: 'pfx-password' });
  });

  it('-legacy (RC2-40 certificates, 3DES key, SHA-1 MAC)', async (context) => {
    if (!legacySupported) context.skip();
    const bytes = exportPfx('legacy.pfx', 'pa55', '-legacy', '-inkey', 'k.pem', '-in', 'c.pem');
    const pfx = await loadPfx(bytes, 'pa55');
    expect(pfx.certificates).toEqual([certificate()]);
    expect(pfx.hasPrivateKey).toBe(true);
    await expect(loadPfx(bytes, 'wrong')).rejects.toMatchObject({ code: 'pfx-password' });
  });

  it('3DES-encrypted certificates, unencrypted certificates, SHA-512 MAC', async () => {
    const tripleDes = exportPfx(
      '3des.pfx',
      'pa55',
      '-inkey',
      'k.pem',
      '-in',
      'c.pem',
      '-certpbe',
      'PBE-SHA1-3DES',
      '-keypbe',
      'PBE-SHA1-3DES',
      '-macalg',
      'sha1',
    );
    expect((await loadPfx(tripleDes, 'pa55')).certificates).toEqual([certificate()]);
    const plain = exportPfx(
      'plain.pfx',
      'pa55',
      '-inkey',
      'k.pem',
      '-in',
      'c.pem',
      '-certpbe',
      'NONE',
      '-macalg',
      'sha512',
    );
    expect((await loadPfx(plain, 'pa55')).certificates).toEqual([certificate()]);
    await expect(loadPfx(plain, 'nope')).rejects.toMatchObject({ code: 'pfx-password' });
  });

  it('no key, no MAC, empty and non-ASCII passwords', async () => {
    const noKey = await loadPfx(exportPfx('nokey.pfx', 'pa55', '-nokeys', '-in', 'c.pem'), 'pa55');
    expect(noKey.hasPrivateKey).toBe(false);
    expect(noKey.certificate).toEqual(certificate());
    const noMac = exportPfx('nomac.pfx', 'pa55', '-nomac', '-inkey', 'k.pem', '-in', 'c.pem');
    expect((await loadPfx(noMac, 'pa55')).certificates).toEqual([certificate()]);
    await expect(loadPfx(noMac, 'other')).rejects.toMatchObject({ code: 'pfx-password' });
    // -iter before -nomac: OpenSSL 3.0 re-enables the MAC when -iter comes after -nomac.
    const slowKey = exportPfx(
      'slow.pfx',
      'pa55',
      '-iter',
      '5000',
      '-nomac',
      '-inkey',
      'k.pem',
      '-in',
      'c.pem',
    );
    await expect(loadPfx(slowKey, 'pa55', { maxIterations: 4000 })).rejects.toThrow(
      /private key asks for 5000 iterations, over the limit of 4000/,
    );
    const empty = exportPfx('empty.pfx', '', '-inkey', 'k.pem', '-in', 'c.pem');
    expect((await loadPfx(empty, '')).hasPrivateKey).toBe(true);
    const unicode = exportPfx('unicode.pfx', 'pässwörd€', '-inkey', 'k.pem', '-in', 'c.pem');
    expect((await loadPfx(unicode, 'pässwörd€')).certificates).toEqual([certificate()]);
  });

  it('a PFX with only a key has no certificate', async () => {
    const bytes = exportPfx('keyonly.pfx', 'pa55', '-nocerts', '-inkey', 'k.pem');
    await expect(loadPfx(bytes, 'pa55')).rejects.toMatchObject({ code: 'empty' });
  });
});

function fixtureDerFrom(path: string): Uint8Array {
  const text = readFileSync(path, 'utf8');
  const body = text.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  return new Uint8Array(Buffer.from(body, 'base64'));
}
