import { EXPRESSIONS_NAMESPACE } from '../../../runtime/apim/names.js';
import { asBasic, BasicAuthCredentials, tryParseBasic } from '../../../runtime/xml/apim-basic.js';
import { asJwt, Jwt, tryParseJwt } from '../../../runtime/xml/apim-jwt.js';
import { jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';

const apimName = (name: string): string => `${EXPRESSIONS_NAMESPACE}.${name}`;

/** API Management's `Jwt` (`runtime/xml/apim-jwt.ts`): a parsed, unvalidated token. */
declareType({
  name: apimName('Jwt'),
  kind: 'class',
  sealed: true,
  apim: 'all',
  test: (value) => value instanceof Jwt,
  members: {
    'string Id { get; }': jsProperty('Id'),
    'string Algorithm { get; }': jsProperty('Algorithm'),
    'string Type { get; }': jsProperty('Type'),
    'string Issuer { get; }': jsProperty('Issuer'),
    'string Subject { get; }': jsProperty('Subject'),
    'IEnumerable<string> Audiences { get; }': { implementation: jsProperty('Audiences'), nonNull: true },
    'DateTime? ExpirationTime { get; }': jsProperty('ExpirationTime'),
    'DateTime? NotBefore { get; }': jsProperty('NotBefore'),
    'DateTime? IssuedAt { get; }': jsProperty('IssuedAt'),
    'IReadOnlyDictionary<string, string[]> Claims { get; }': {
      implementation: jsProperty('Claims'),
      nonNull: true,
    },
  },
});

/**
 * API Management's `BasicAuthCredentials`, with the property names its documentation gives
 * (`UserId`, `Password`; Microsoft's policy toolkit names the first `Username`).
 */
declareType({
  name: apimName('BasicAuthCredentials'),
  kind: 'class',
  sealed: true,
  apim: 'all',
  test: (value) => value instanceof BasicAuthCredentials,
  members: {
    'string UserId { get; }': { implementation: jsProperty('UserId'), nonNull: true },
    'string Password { get; }': { implementation: jsProperty('Password'), nonNull: true },
  },
});

/**
 * API Management's string extension methods `AsJwt`, `TryParseJwt`, `AsBasic`,
 * `TryParseBasic`. API Management documents the methods, not the class that holds them; the
 * class name is this model's.
 */
declareType({
  name: apimName('StringAuthorizationExtensions'),
  kind: 'class',
  static: true,
  apim: 'all',
  members: {
    'static Jwt AsJwt(this string value)': asJwt,
    'static bool TryParseJwt(this string value, out Jwt result)': tryParseJwt,
    'static BasicAuthCredentials AsBasic(this string value)': asBasic,
    'static bool TryParseBasic(this string value, out BasicAuthCredentials result)': tryParseBasic,
  },
});
