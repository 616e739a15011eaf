import { describe, expect, it } from 'vitest';
import '../../model/library/index.js';
import '../../model/runtime-types.js';
import { asBasic, tryParseBasic } from './apim-basic.js';
import { asJwt, tryParseJwt } from './apim-jwt.js';

const base64Url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = `${base64Url({ alg: 'RS256', typ: 'JWT' })}.${base64Url({
  jti: 'id-1',
  iss: 'https://issuer',
  sub: 'user',
  aud: ['api://a', 'api://b'],
  exp: 1700000000,
  nbf: 1699990000,
  iat: 1699990000,
  roles: ['r1', 'r2'],
  admin: true,
})}.signature`;

describe('AsJwt and TryParseJwt', () => {
  it('reads the header and the payload', () => {
    const jwt = asJwt(`Bearer ${token}`)!;
    expect(jwt.Algorithm).toBe('RS256');
    expect(jwt.Type).toBe('JWT');
    expect(jwt.Id).toBe('id-1');
    expect(jwt.Issuer).toBe('https://issuer');
    expect(jwt.Subject).toBe('user');
    expect([...jwt.Audiences]).toEqual(['api://a', 'api://b']);
    expect(jwt.ExpirationTime?.ToString('o')).toBe('2023-11-14T22:13:20.0000000Z');
    expect([...jwt.Claims.getItem('roles')]).toEqual(['r1', 'r2']);
    expect([...jwt.Claims.getItem('admin')]).toEqual(['True']);
    expect([...jwt.Claims.getItem('missing')]).toEqual([]);
  });

  it('gives null for what is not a token', () => {
    expect(asJwt('not a token')).toBeNull();
    expect(asJwt('a.b.c')).toBeNull();
    expect(asJwt(null)).toBeNull();
    const out = { value: null as unknown };
    expect(tryParseJwt('x', out as never)).toBe(false);
    expect(tryParseJwt(token, out as never)).toBe(true);
  });
});

describe('AsBasic and TryParseBasic', () => {
  it('splits the credentials at the last colon', () => {
    const credentials = asBasic(`Basic ${Buffer.from('us:er:p@ss').toString('base64')}`)!;
    expect(credentials.UserId).toBe('us:er');
    expect(credentials.Password).toBe('p@ss');
  });

  it('gives null for other schemes and bad base64', () => {
    expect(asBasic(`basic ${Buffer.from('u:p').toString('base64')}`)).toBeNull();
    expect(asBasic('Basic !!!')).toBeNull();
    expect(asBasic(`Basic ${Buffer.from(':p').toString('base64')}`)).toBeNull();
    const out = { value: null as unknown };
    expect(tryParseBasic('Bearer x', out as never)).toBe(false);
    expect(out.value).toBeNull();
  });
});
