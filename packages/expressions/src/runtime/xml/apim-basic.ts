import { EXPRESSIONS_NAMESPACE } from '../apim/names.js';
import { DOTNET_TYPE, type Reference } from '../values.js';
import { decodeBase64, latin1Text } from './base64-text.js';
import { identityHash } from './x-node.js';

/**
 * API Management's `BasicAuthCredentials`. Its documentation names the properties `UserId` and
 * `Password` (Microsoft's policy toolkit calls the first `Username`).
 */
export class BasicAuthCredentials {
  static readonly [DOTNET_TYPE] = `${EXPRESSIONS_NAMESPACE}.BasicAuthCredentials`;

  constructor(
    readonly UserId: string,
    readonly Password: string,
  ) {}

  ToString(): string {
    return BasicAuthCredentials[DOTNET_TYPE];
  }

  Equals(other: unknown): boolean {
    return this === other;
  }

  GetHashCode(): number {
    return identityHash(this);
  }
}

/**
 * `string.AsBasic()`: the credentials of a `Basic` `Authorization` value, or null. As the
 * policy toolkit does: the scheme is `Basic` exactly, the rest base64 of ISO-8859-1 text,
 * split at the last `:`, with a user name that is not empty.
 */
export function asBasic(value: string | null): BasicAuthCredentials | null {
  if (value === null) return null;
  const match = /^\s*Basic\s+(\S+)\s*$/.exec(value);
  if (match === null) return null;
  const bytes = decodeBase64(match[1]!, false);
  if (bytes === null) return null;
  const text = latin1Text(bytes);
  const colon = text.lastIndexOf(':');
  if (colon <= 0) return null;
  return new BasicAuthCredentials(text.slice(0, colon), text.slice(colon + 1));
}

/** `string.TryParseBasic(out BasicAuthCredentials result)`. */
export function tryParseBasic(value: string | null, result: Reference<BasicAuthCredentials | null>): boolean {
  result.value = asBasic(value);
  return result.value !== null;
}
