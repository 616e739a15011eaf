import { describe, expect, it } from 'vitest';
import { codeOf } from './__fixtures__/fixtures.js';
import { decodeBase64 } from './base64.js';

describe('decodeBase64', () => {
  it('decodes standard base64 with or without padding and line breaks', () => {
    expect([...decodeBase64('AQID')]).toEqual([1, 2, 3]);
    expect([...decodeBase64('AQI=')]).toEqual([1, 2]);
    expect([...decodeBase64('AQI')]).toEqual([1, 2]);
    expect([...decodeBase64(' AQ\r\nID\t')]).toEqual([1, 2, 3]);
    expect([...decodeBase64('+/+/')]).toEqual([0xfb, 0xff, 0xbf]);
  });

  it('rejects URL-safe base64 and says so', () => {
    expect(codeOf(() => decodeBase64('-_-_'))).toBe('bad-base64');
    expect(() => decodeBase64('-_-_')).toThrow(/URL-safe/);
  });

  it('rejects characters outside the alphabet, naming them', () => {
    expect(() => decodeBase64('AQ*D')).toThrow(/'\*'/);
    expect(() => decodeBase64('AQ\u00e9D')).toThrow(/U\+00E9/);
  });

  it('rejects misplaced padding', () => {
    expect(codeOf(() => decodeBase64('AQ=D'))).toBe('bad-base64');
    expect(codeOf(() => decodeBase64('AQIDA='))).toBe('bad-base64');
    expect(codeOf(() => decodeBase64('A==='))).toBe('bad-base64');
  });

  it('reports a dangling character as truncation and blank input as empty', () => {
    expect(codeOf(() => decodeBase64('AQIDB'))).toBe('truncated');
    expect(codeOf(() => decodeBase64(' \r\n'))).toBe('empty');
  });
});
