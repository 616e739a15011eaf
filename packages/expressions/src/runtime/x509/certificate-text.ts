import { environment } from '../environment.js';
import { DotnetException } from '../exceptions.js';
import { DateTime, DateTimeKind } from '../time/date-time.js';

/** Upper-case hex without separators (`GetCertHashString`, `GetRawCertDataString`). */
export function hexUpper(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return text.toUpperCase();
}

/** Lower-case hex bytes separated by spaces, as `AsnEncodedData.Format(true)` shows raw data. */
export function hexSpaced(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
}

/** Bytes of an even-length hex string. */
export function bytesOfHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

/**
 * `Environment.NewLine` of the gateway: `\r\n` for .NET Framework (the managed gateway runs on
 * Windows), `\n` for modern .NET (the self-hosted gateway is a Linux container).
 */
export function newLine(): string {
  return environment().dotnet === 'framework' ? '\r\n' : '\n';
}

/** An instant as a Local `DateTime` in the gateway's time zone (`NotBefore`, `NotAfter`). */
export function localDateTime(epochMilliseconds: number): DateTime {
  return DateTime.fromUnixMilliseconds(epochMilliseconds, DateTimeKind.Utc).toLocalTime();
}

/** What .NET throws when a member of an empty certificate (`new X509Certificate2(new byte[0])`) is read. */
export function invalidHandle(): DotnetException {
  return new DotnetException(
    'System.Security.Cryptography.CryptographicException',
    'm_safeCertContext is an invalid handle.',
  );
}
