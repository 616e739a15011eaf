import { describe, expect, it } from 'vitest';
import { codeOf } from './__fixtures__/fixtures.js';
import { firstXfccElement } from './xfcc.js';

describe('firstXfccElement', () => {
  it('reads the pairs of the first element, keys lower-cased, quotes removed', () => {
    const header =
      'By=spiffe://cluster.local/ns/a/sa/b;Hash=468ed33b;Subject="/C=US/ST=CA/L=San Francisco/OU=Lyft/CN=Test Client";URI=spiffe://x,By=http://next;Hash=aa';
    const pairs = firstXfccElement(header);
    expect([...pairs.keys()]).toEqual(['by', 'hash', 'subject', 'uri']);
    expect(pairs.get('subject')).toBe('/C=US/ST=CA/L=San Francisco/OU=Lyft/CN=Test Client');
    expect(pairs.get('uri')).toBe('spiffe://x');
  });

  it('keeps , ; = inside quotes and honours backslash escapes', () => {
    const pairs = firstXfccElement('Subject="CN=a, O=\\"b\\"; c";Cert="x"');
    expect(pairs.get('subject')).toBe('CN=a, O="b"; c');
    expect(pairs.get('cert')).toBe('x');
  });

  it('tolerates spaces around pairs and keeps the first of a repeated key', () => {
    const pairs = firstXfccElement(' Hash = 1 ; hash=2 ; DNS=a.example ');
    expect(pairs.get('hash')).toBe('1');
    expect(pairs.get('dns')).toBe('a.example');
  });

  it('rejects malformed syntax with bad-header', () => {
    for (const header of ['Cert="unterminated', 'novalue', '=x', 'Cert="a"b', 'a=1;;b=2']) {
      expect(
        codeOf(() => firstXfccElement(header)),
        header,
      ).toBe('bad-header');
    }
  });
});
