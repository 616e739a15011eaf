import { describe, expect, it } from 'vitest';
import '../../../model/library/index.js';
import '../../../model/runtime-types.js';
import { DotnetException } from '../../exceptions.js';
import { IPAddress } from './ip-address.js';
import { Uri } from './uri.js';
import { escapeDataString, escapeUriString, unescapeDataString } from './uri-escape.js';
import { combine, isBaseOf, makeRelative } from './uri-resolve.js';
import { htmlDecode, htmlEncode, urlDecode, urlEncode } from './web-utility.js';

// Expected values were established with Mono, whose System.Uri, WebUtility and IPAddress parsing
// follow .NET Framework's reference source. The model is loaded for the string[] of Segments.

function thrown(action: () => unknown): DotnetException {
  try {
    action();
  } catch (error) {
    if (error instanceof DotnetException) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('Uri', () => {
  const uri = Uri.create('https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag');

  it('parses and normalises an absolute URI', () => {
    expect(uri.AbsoluteUri).toBe('https://user:pw@example.com:8443/a/d.txt?q=1&r=A#frag');
    expect(uri.Authority).toBe('example.com:8443');
    expect(uri.PathAndQuery).toBe('/a/d.txt?q=1&r=A');
    expect([...uri.Segments]).toEqual(['/', 'a/', 'd.txt']);
    expect([uri.UserInfo, uri.Port, uri.IsDefaultPort, uri.Fragment]).toEqual([
      'user:pw',
      8443,
      false,
      '#frag',
    ]);
    expect(uri.GetLeftPart(1)).toBe('https://user:pw@example.com:8443');
  });

  it('escapes in AbsoluteUri and unescapes in ToString()', () => {
    const spaced = Uri.create('http://example.com/a b?c d#e f');
    expect(spaced.AbsoluteUri).toBe('http://example.com/a%20b?c%20d#e%20f');
    expect(spaced.ToString()).toBe('http://example.com/a b?c d#e f');
    expect(Uri.create('http://example.com/%7Ea%2Fb').AbsolutePath).toBe('/~a%2Fb');
    expect(Uri.create('http://example.com/é?ü=1').AbsoluteUri).toBe('http://example.com/%C3%A9?%C3%BC=1');
    expect(Uri.create('http://münchen.de/').IdnHost).toBe('xn--mnchen-3ya.de');
  });

  it('rejects what .NET rejects', () => {
    expect(thrown(() => Uri.create('not a uri')).message).toBe(
      'Invalid URI: The format of the URI could not be determined.',
    );
    expect(thrown(() => Uri.create('')).message).toBe('Invalid URI: The URI is empty.');
    expect(thrown(() => Uri.create('http://')).message).toBe(
      'Invalid URI: The hostname could not be parsed.',
    );
    expect(thrown(() => Uri.create('http://example.com:99999/')).message).toBe(
      'Invalid URI: Invalid port specified.',
    );
  });

  it('resolves relative references and compares', () => {
    const base = Uri.create('http://example.com/a/b/c?q=1');
    expect(combine(base, '../d?x=1').ToString()).toBe('http://example.com/a/d?x=1');
    expect(combine(base, '?z=2').ToString()).toBe('http://example.com/a/b/c?z=2');
    expect(combine(base, '#f').ToString()).toBe('http://example.com/a/b/c?q=1#f');
    expect(combine(base, '//other.org/x').ToString()).toBe('http://other.org/x');
    expect(isBaseOf(Uri.create('http://example.com/a/'), Uri.create('http://example.com/a/b/c'))).toBe(true);
    expect(
      makeRelative(Uri.create('http://example.com/a/b/'), Uri.create('http://example.com/a/c/d')).ToString(),
    ).toBe('../c/d');
    expect(Uri.create('http://example.com/a#x').Equals(Uri.create('HTTP://EXAMPLE.COM/a#y'))).toBe(true);
  });

  it('escapes and unescapes data', () => {
    expect(escapeDataString("a b&c=d/é?#[]!*'()~_-.")).toBe(
      'a%20b%26c%3Dd%2F%C3%A9%3F%23%5B%5D%21%2A%27%28%29~_-.',
    );
    expect(escapeUriString('http://x.com/a b?c=d&e=é#[f]')).toBe('http://x.com/a%20b?c=d&e=%C3%A9#[f]');
    expect(unescapeDataString('a%20b%2Bc+d%C3%A9%zz%')).toBe('a b+c+dé%zz%');
    expect(unescapeDataString('%E2%82')).toBe('%E2%82');
  });
});

describe('WebUtility', () => {
  it('URL-encodes as .NET Framework does (space as +, upper-case hex)', () => {
    expect(urlEncode("a b&c=d/é?~*'()!")).toBe('a+b%26c%3Dd%2F%C3%A9%3F%7E*%27()!');
    expect(urlDecode('a+b%20c%2Bd%C3%A9%zz')).toBe('a b c+dé%zz');
    expect(urlDecode('%u0041')).toBe('%u0041');
    expect(urlEncode(null)).toBeNull();
  });

  it('HTML-encodes and decodes', () => {
    expect(htmlEncode('<a href="x">Tom & Jerry\'s</a>')).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
    expect(htmlEncode('é\u00A0😀')).toBe('&#233;&#160;&#128512;');
    expect(htmlDecode('&lt;p&gt; &amp;amp; &eacute; &euro; &bogus; &#65;&#x1F600; &lt')).toBe(
      '<p> &amp; é € &bogus; A😀 &lt',
    );
  });
});

describe('IPAddress', () => {
  it.each([
    ['2001:0db8:0000:0000:0000:ff00:0042:8329', '2001:db8::ff00:42:8329'],
    ['::ffff:10.1.2.3', '::ffff:10.1.2.3'],
    ['fe80::1%4', 'fe80::1%4'],
    ['10.1', '10.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['010.0.0.1', '8.0.0.1'],
  ])('parses %s as %s', (text, expected) => {
    expect(IPAddress.Parse(text).ToString()).toBe(expected);
  });

  it('rejects invalid addresses and compares', () => {
    expect(thrown(() => IPAddress.Parse('256.1.1.1')).message).toBe('An invalid IP address was specified.');
    expect(IPAddress.IsLoopback(IPAddress.Parse('127.5.5.5'))).toBe(true);
    expect(IPAddress.IsLoopback(IPAddress.Parse('::1'))).toBe(true);
    expect(IPAddress.Parse('10.0.0.1').Equals(IPAddress.Parse('::ffff:10.0.0.1'))).toBe(false);
    expect([...IPAddress.Parse('10.0.0.255').GetAddressBytes()]).toEqual([10, 0, 0, 255]);
  });
});
