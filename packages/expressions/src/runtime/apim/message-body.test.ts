import { describe, expect, it } from 'vitest';
import '../../model/library/index.js';
import '../../model/runtime-types.js';
import { DotnetException } from '../exceptions.js';
import { JObject } from '../json/j-object.js';
import type { RuntimeType } from '../runtime-type.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { XElement } from '../xml/x-element.js';
import { formUrlEncoded, queryStringOf } from './form-content.js';
import { MessageBody } from './message-body.js';

const string = () => runtimeTypeNamed('string');

/** A runtime type known only by name (the JSON and XML types are declared by other areas). */
const named = (name: string) => ({ name }) as RuntimeType;

describe('MessageBody', () => {
  it('reads text and bytes, consuming the body unless preserved', () => {
    const body = new MessageBody('héllo');
    expect(body.As(string(), true)).toBe('héllo');
    expect(body.As(runtimeTypeNamed('byte[]'), false)).toEqual(
      Uint8Array.of(0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f),
    );
    expect(body.consumed).toBe(true);
    expect(() => body.As(string(), true)).toThrow(DotnetException);
    expect(body.text()).toBe('héllo');
  });

  it('drops a byte-order mark', () => {
    expect(new MessageBody(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41)).As(string(), false)).toBe('A');
    expect(new MessageBody(Uint8Array.of(0xff, 0xfe, 0x41, 0x00)).As(string(), false)).toBe('A');
  });

  it('rejects types API Management does not read', () => {
    expect(() => new MessageBody('1').As(runtimeTypeNamed('int'), false)).toThrow(
      expect.objectContaining({ type: 'System.NotSupportedException' }),
    );
  });

  it('reads JSON and XML with the JSON and XML runtimes', () => {
    const json = new MessageBody('{"a":1}').As(named('Newtonsoft.Json.Linq.JObject'), false);
    expect(json).toBeInstanceOf(JObject);
    expect(() => new MessageBody(' {"a":1}').As(named('Newtonsoft.Json.Linq.JArray'), false)).toThrow(
      "Error reading JArray from JsonReader. Current JsonReader item is not an array: StartObject. Path '', line 1, position 2.",
    );
    expect(() => new MessageBody('').As(named('Newtonsoft.Json.Linq.JToken'), false)).toThrow(
      "Error reading JToken from JsonReader. Path '', line 0, position 0.",
    );
    const xml = new MessageBody('<a><b/></a>').As(named('System.Xml.Linq.XNode'), false);
    expect(xml).toBeInstanceOf(XElement);
  });

  it('reads a form as a dictionary of lists and writes it back', () => {
    const form = new MessageBody('a=1&b=x+y&a=2&&c').AsFormUrlEncodedContent(false);
    expect(Array.from(form, (pair) => `${pair.Key}:${[...pair.Value].join('|')}`)).toEqual([
      'a:1|2',
      'b:x y',
      'c:',
    ]);
    expect(formUrlEncoded(form)).toBe('a=1&a=2&b=x+y&c=');
    expect(queryStringOf(form)).toBe('?a=1&a=2&b=x+y&c=');
    expect(queryStringOf(new MessageBody('').AsFormUrlEncodedContent(false))).toBeNull();
  });
});
