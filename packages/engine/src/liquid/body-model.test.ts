import { describe, expect, it } from 'vitest';
import { bodyKind, bodyModel } from './body-model.js';

describe('bodyKind', () => {
  it.each([
    ['application/json', 'json'],
    ['Application/JSON; charset=utf-8', 'json'],
    ['text/json', 'json'],
    ['application/problem+json', 'json'],
    ['application/vnd.api+json', 'json'],
    ['application/xml', 'xml'],
    ['text/xml; charset=utf-8', 'xml'],
    ['application/soap+xml', 'xml'],
    ['application/atom+xml', 'xml'],
    ['text/plain', 'text'],
    ['application/jsonp', 'text'],
    ['application/x-www-form-urlencoded', 'text'],
    ['', 'text'],
    [null, 'text'],
  ])('%s is %s', (contentType, kind) => {
    expect(bodyKind(contentType)).toBe(kind);
  });
});

describe('bodyModel', () => {
  it('parses JSON bodies', () => {
    expect(bodyModel('{"a":[1,{"b":null}],"c":"x"}', 'application/json')).toEqual({
      value: { a: [1, { b: null }], c: 'x' },
    });
    expect(bodyModel('\uFEFF[1]', 'text/json')).toEqual({ value: [1] });
    expect(bodyModel('"text"', 'application/hal+json')).toEqual({ value: 'text' });
  });

  it('reports invalid JSON as an error', () => {
    const result = bodyModel('{"a":', 'application/json');
    expect(result).toEqual({ error: expect.stringMatching(/^The body is not valid JSON: /) });
  });

  it('keeps other bodies as text', () => {
    expect(bodyModel('{"a":1}', 'text/plain')).toEqual({ value: '{"a":1}' });
    expect(bodyModel('<a/>', null)).toEqual({ value: '<a/>' });
    expect(bodyModel('', null)).toEqual({ value: '' });
  });

  it('gives nil for an empty JSON or XML body', () => {
    expect(bodyModel('', 'application/json')).toEqual({ value: null });
    expect(bodyModel('  \n', 'application/xml')).toEqual({ value: null });
  });

  it('maps XML: root by name, child values by name, repeated elements as arrays, text as strings', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
      <order id="7">
        <customer>Ada</customer>
        <item><sku>A1</sku><qty>2</qty></item>
        <item><sku>B2</sku><qty>1</qty></item>
        <note/>
        <!-- a comment -->
        <total currency="EUR">12.50</total>
      </order>`;
    expect(bodyModel(xml, 'application/xml')).toEqual({
      value: {
        order: {
          '@id': '7',
          customer: 'Ada',
          item: [
            { sku: 'A1', qty: '2' },
            { sku: 'B2', qty: '1' },
          ],
          note: '',
          total: { '@currency': 'EUR', '#text': '12.50' },
        },
      },
    });
  });

  it('keeps namespace prefixes, entities decoded, CDATA as text, mixed text as #text', () => {
    const xml =
      '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>' +
      '<q>a &amp; b<![CDATA[ <raw> ]]></q><p>one<b>two</b>three</p></soap:Body></soap:Envelope>';
    expect(bodyModel(xml, 'text/xml')).toEqual({
      value: {
        'soap:Envelope': {
          '@xmlns:soap': 'http://schemas.xmlsoap.org/soap/envelope/',
          'soap:Body': { q: 'a & b <raw> ', p: { b: 'two', '#text': 'onethree' } },
        },
      },
    });
  });

  it('maps element names that are special in JavaScript as plain keys', () => {
    const result = bodyModel(
      '<r><constructor>1</constructor><__proto__>2</__proto__><toString/></r>',
      'application/xml',
    );
    expect('value' in result).toBe(true);
    const root = (result as { value: { r: Record<string, unknown> } }).value.r;
    expect(Object.getPrototypeOf(root)).toBe(Object.prototype);
    expect(Object.keys(root)).toEqual(['constructor', '__proto__', 'toString']);
    expect(root.constructor).toBe('1');
    expect(Object.getOwnPropertyDescriptor(root, '__proto__')?.value).toBe('2');
  });

  it('reports XML that is not well-formed as an error with its place', () => {
    expect(bodyModel('<a><b></a>', 'application/xml')).toEqual({
      error:
        "The body is not well-formed XML: Expected closing tag 'b' (opened in line 1, col 4) instead of closing tag 'a'. (line 1, column 7).",
    });
    expect(bodyModel('not xml', 'application/xml')).toEqual({
      error: expect.stringMatching(/^The body is not well-formed XML/),
    });
  });
});
