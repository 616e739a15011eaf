import { EXPRESSIONS_NAMESPACE } from '../apim/names.js';
import { Dictionary } from '../collections/dictionary.js';
import { DateTime, DateTimeKind } from '../time/date-time.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { DOTNET_TYPE, type Reference, tagArray } from '../values.js';
import { decodeBase64, utf8Text } from './base64-text.js';
import { identityHash } from './x-node.js';

type JsonObject = Record<string, unknown>;

/** A string array as .NET holds it (`string[]`). */
function stringArray(items: string[]): string[] {
  return tagArray(items, runtimeTypeNamed('string'));
}

/**
 * `Jwt.Claims`: the payload's claims as string arrays. As Microsoft's policy toolkit (which says
 * it mirrors API Management) does, a missing claim reads as an empty array instead of throwing.
 */
export class JwtClaims extends Dictionary<string, string[]> {
  constructor() {
    super([runtimeTypeNamed('string'), runtimeTypeNamed('string[]')]);
  }

  override getItem(key: string): string[] {
    return this.ContainsKey(key) ? super.getItem(key) : stringArray([]);
  }
}

/** The text of a claim value: strings as they are, other JSON as .NET prints it. */
function claimText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function claimValues(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.filter((item) => item !== null).map(claimText);
  return [claimText(value)];
}

/** A claim holding Unix seconds as a UTC `DateTime`, or null. */
function timeClaim(payload: JsonObject, name: string): DateTime | null {
  const value = payload[name];
  const seconds = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  if (!Number.isFinite(seconds)) return null;
  return DateTime.fromUnixMilliseconds(Math.trunc(seconds) * 1000, DateTimeKind.Utc);
}

function stringClaim(object: JsonObject, name: string): string | null {
  const value = object[name];
  return value === undefined || value === null ? null : claimText(value);
}

/**
 * API Management's `Jwt`: a token parsed, not validated (`AsJwt`, `TryParseJwt`, the output
 * of `validate-jwt`).
 */
export class Jwt {
  static readonly [DOTNET_TYPE] = `${EXPRESSIONS_NAMESPACE}.Jwt`;
  readonly Algorithm: string | null;
  readonly Type: string | null;
  readonly Id: string | null;
  readonly Issuer: string | null;
  readonly Subject: string | null;
  readonly Audiences: string[];
  readonly ExpirationTime: DateTime | null;
  readonly NotBefore: DateTime | null;
  readonly IssuedAt: DateTime | null;
  readonly Claims: JwtClaims;

  constructor(header: JsonObject, payload: JsonObject) {
    this.Algorithm = stringClaim(header, 'alg');
    this.Type = stringClaim(header, 'typ');
    this.Id = stringClaim(payload, 'jti');
    this.Issuer = stringClaim(payload, 'iss');
    this.Subject = stringClaim(payload, 'sub');
    this.Audiences = stringArray(claimValues(payload.aud));
    this.ExpirationTime = timeClaim(payload, 'exp');
    this.NotBefore = timeClaim(payload, 'nbf');
    this.IssuedAt = timeClaim(payload, 'iat');
    this.Claims = new JwtClaims();
    for (const [name, value] of Object.entries(payload))
      this.Claims.Add(name, stringArray(claimValues(value)));
  }

  ToString(): string {
    return Jwt[DOTNET_TYPE];
  }

  Equals(other: unknown): boolean {
    return this === other;
  }

  GetHashCode(): number {
    return identityHash(this);
  }
}

/** A base64url JSON object, or null. */
function jsonPart(text: string): JsonObject | null {
  const bytes = decodeBase64(text, true);
  if (bytes === null) return null;
  const json = utf8Text(bytes);
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

/**
 * `string.AsJwt()`: the token of a JWT or of an `Authorization` value (`Bearer <token>`), or
 * null when it is not one. Header and payload must be base64url JSON objects; the signature
 * is not checked.
 */
export function asJwt(value: string | null): Jwt | null {
  if (value === null) return null;
  let token = value.trim();
  if (/^bearer /i.test(token)) token = token.slice(7).trim();
  const parts = token.split('.');
  if (parts.length < 2) return null;
  const header = jsonPart(parts[0]!);
  const payload = header === null ? null : jsonPart(parts[1]!);
  if (header === null || payload === null) return null;
  return new Jwt(header, payload);
}

/** `string.TryParseJwt(out Jwt result)`. */
export function tryParseJwt(value: string | null, result: Reference<Jwt | null>): boolean {
  result.value = asJwt(value);
  return result.value !== null;
}
