import {
  argumentNull,
  argumentOutOfRange,
  type DotnetException,
  invalidOperation,
} from '../../exceptions.js';
import type { Reference } from '../../values.js';
import { Uri, UriKind } from './uri.js';
import { escapedView } from './uri-components.js';
import { schemeOf, trimUri } from './uri-parse.js';

/**
 * Resolving a relative reference against a base URI (`new Uri(baseUri, relativeUri)`), as RFC
 * 3986 §5 and .NET do it: the merged string is parsed again, which removes dot segments. As in
 * .NET, `http:g` against an `http` base is the relative `g`.
 */
export function resolve(baseUri: Uri, relative: string): Uri | DotnetException {
  const parts = baseUri.parts!;
  let reference = trimUri(relative);
  const scheme = schemeOf(reference);
  if (scheme !== null) {
    const rest = reference.slice(reference.indexOf(':') + 1);
    if (scheme !== parts.scheme || rest.startsWith('//') || /^[A-Za-z]:[\\/]/.test(reference)) {
      return Uri.read(relative, UriKind.Absolute);
    }
    reference = rest;
  }
  if (parts.syntax.slashes) reference = reference.replace(/\\/g, '/');
  const authority = baseUri.GetLeftPart(1);
  const path = escapedView(parts.path);
  const prefix = parts.hasAuthority ? authority : `${parts.scheme}:`;
  let merged: string;
  if (reference.startsWith('//')) merged = `${parts.scheme}:${reference}`;
  else if (reference.startsWith('/')) merged = prefix + reference;
  else if (reference === '') merged = prefix + (parts.drive ? '/' : '') + path + escapedView(parts.query);
  else if (reference.startsWith('?')) merged = prefix + (parts.drive ? '/' : '') + path + reference;
  else if (reference.startsWith('#'))
    merged = prefix + (parts.drive ? '/' : '') + path + escapedView(parts.query) + reference;
  else {
    const directory = path.slice(0, path.lastIndexOf('/') + 1);
    merged = prefix + (parts.drive ? '/' : '') + directory + reference;
  }
  return Uri.read(merged, UriKind.Absolute);
}

/** `new Uri(Uri baseUri, string relativeUri)`. */
export function combine(baseUri: Uri | null, relativeUri: string | null): Uri {
  if (baseUri === null) throw argumentNull('baseUri');
  if (!baseUri.IsAbsoluteUri) throw argumentOutOfRange('baseUri');
  const result = resolve(baseUri, relativeUri ?? '');
  if (!(result instanceof Uri)) throw result;
  return result;
}

/** `new Uri(Uri baseUri, Uri relativeUri)`. */
export function combineUris(baseUri: Uri | null, relativeUri: Uri | null): Uri {
  if (relativeUri === null) throw argumentNull('relativeUri');
  if (relativeUri.IsAbsoluteUri) return relativeUri;
  return combine(baseUri, relativeUri.OriginalString);
}

/** `Uri.TryCreate(Uri baseUri, string relativeUri, out Uri result)`. */
export function tryCombine(
  baseUri: Uri | null,
  relativeUri: string | null,
  result: Reference<Uri | null>,
): boolean {
  result.value = null;
  if (baseUri === null || relativeUri === null || !baseUri.IsAbsoluteUri) return false;
  const made = resolve(baseUri, relativeUri);
  result.value = made instanceof Uri ? made : null;
  return result.value !== null;
}

/** `Uri.TryCreate(Uri baseUri, Uri relativeUri, out Uri result)`. */
export function tryCombineUris(
  baseUri: Uri | null,
  relativeUri: Uri | null,
  result: Reference<Uri | null>,
): boolean {
  if (relativeUri?.IsAbsoluteUri) {
    result.value = relativeUri;
    return true;
  }
  return tryCombine(baseUri, relativeUri === null ? null : relativeUri.OriginalString, result);
}

/** `baseUri.IsBaseOf(uri)`: same scheme, host and port, and the base's directory starts the other path. */
export function isBaseOf(baseUri: Uri, uri: Uri | null): boolean {
  if (uri === null) throw argumentNull('uri');
  const other = uri.IsAbsoluteUri ? uri : combine(baseUri, uri.OriginalString);
  const a = baseUri.parts!;
  const b = other.parts!;
  if (a.scheme !== b.scheme || a.host.host !== b.host.host || baseUri.Port !== other.Port) return false;
  const directory = a.path.slice(0, a.path.lastIndexOf('/') + 1);
  return b.path.startsWith(directory);
}

/** `baseUri.MakeRelativeUri(uri)`: the reference that resolves to `uri` against the base. */
export function makeRelative(baseUri: Uri, uri: Uri | null): Uri {
  if (uri === null) throw argumentNull('uri');
  if (!baseUri.IsAbsoluteUri) throw invalidOperation('This operation is not supported for a relative URI.');
  const a = baseUri.parts!;
  const b = uri.parts;
  if (b === null || a.scheme !== b.scheme || a.host.host !== b.host.host || baseUri.Port !== uri.Port)
    return uri;
  const tail = escapedView(b.query) + escapedView(b.fragment);
  if (a.path === b.path) return new Uri(tail, null);
  const from = escapedView(a.path).split('/');
  const to = escapedView(b.path).split('/');
  let common = 0;
  while (common < from.length - 1 && common < to.length - 1 && from[common] === to[common]) common++;
  const ups = '../'.repeat(from.length - 1 - common);
  const relative = ups + to.slice(common).join('/') + tail;
  return new Uri(relative, null);
}
