/** Percent-decoding of URL-encoded PEM (Envoy's XFCC `Cert`, nginx's `$ssl_client_escaped_cert`). */
import { CertificateLoadError } from './errors.js';

/**
 * Decodes `%XX` escapes (UTF-8). `+` stays `+`: both proxies escape it as `%2B`, and in base64
 * a literal `+` is data, not a space. Throws `bad-url-encoding` for a malformed escape.
 */
export function decodeUrlEncoded(text: string, what: string): string {
  try {
    return decodeURIComponent(text);
  } catch (error) {
    const bad = /%(?![0-9A-Fa-f]{2})/.exec(text);
    const where =
      bad === null ? 'an escape that is not valid UTF-8' : `a malformed escape at character ${bad.index}`;
    throw new CertificateLoadError('bad-url-encoding', `${what} is not valid URL encoding: ${where}`, {
      cause: error,
    });
  }
}
