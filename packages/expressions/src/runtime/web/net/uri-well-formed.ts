import type { Reference } from '../../values.js';
import { Uri } from './uri.js';

/**
 * `Uri.IsWellFormedUriString`: the string is a URI of the kind asked for, written as .NET would
 * write it back: nothing that needs escaping (spaces, `"<>\^`{|}`, a `%` that starts no escape),
 * and, for an absolute URI, no dot segments to remove. Non-ASCII characters are allowed, as
 * .NET 4.5+ reads IRIs.
 */
export function isWellFormedUriString(uriString: string | null, uriKind: number): boolean {
  if (uriString === null) return false;
  const result: Reference<Uri | null> = { value: null };
  if (!Uri.tryCreate(uriString, uriKind, result)) return false;
  if (/[\s"<>\\^`{|}]/.test(uriString)) return false;
  if (/%(?![0-9A-Fa-f]{2})/.test(uriString)) return false;
  const uri = result.value!;
  if (!uri.IsAbsoluteUri) return true;
  const path = uriString.replace(/^[^:]*:(\/\/[^/?#]*)?/, '').replace(/[?#].*$/, '');
  return !/(^|\/)\.\.?(\/|$)/.test(path);
}
