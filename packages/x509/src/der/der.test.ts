import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  childrenOf,
  DerError,
  readBitString,
  readBoolean,
  readIntegerBytes,
  readOid,
  readString,
  readTime,
  readTlv,
} from './index.js';

const hex = (text: string) => Uint8Array.from(Buffer.from(text.replace(/\s/g, ''), 'hex'));

function derErrorOf(action: () => unknown): DerError {
  try {
    action();
  } catch (error) {
    if (error instanceof DerError) return error;
    throw error;
  }
  throw new Error('expected a DerError');
}

describe('readTlv', () => {
  it('reads short and long lengths', () => {
    expect(readTlv(hex('0403 010203'), 0)).toEqual({ tag: 4, tagNumber: 4, offset: 0, start: 2, end: 5 });
    const long = new Uint8Array(3 + 200);
    long.set([0x04, 0x81, 200]);
    expect(readTlv(long, 0).end).toBe(203);
  });

  it('rejects truncation, indefinite and non-minimal lengths with the offset', () => {
    expect(derErrorOf(() => readTlv(hex('0405 0102'), 0)).offset).toBe(0);
    expect(derErrorOf(() => readTlv(hex('3080 0000'), 0)).reason).toMatch(/indefinite/);
    expect(derErrorOf(() => readTlv(hex('04 81 05 0102030405'), 0)).reason).toMatch(/long form/);
    expect(derErrorOf(() => readTlv(hex('04 82 0005'), 0)).reason).toMatch(/leading zero/);
    expect(derErrorOf(() => readTlv(hex(''), 0)).reason).toMatch(/end of the data/);
  });

  it('reads high tag numbers', () => {
    expect(readTlv(hex('9f 81 00 00'), 0).tagNumber).toBe(128);
  });

  it('lists children and refuses a primitive parent', () => {
    const bytes = hex('3006 0201 01 0201 02');
    expect(childrenOf(bytes, readTlv(bytes, 0)).map((child) => child.start)).toEqual([4, 7]);
    expect(() => childrenOf(bytes, readTlv(bytes, 2))).toThrow(DerError);
  });
});

describe('values', () => {
  it('reads OIDs, including large arcs', () => {
    const oid = (text: string) => {
      const bytes = hex(text);
      return readOid(bytes, readTlv(bytes, 0));
    };
    expect(oid('0609 2a864886f70d01010b')).toBe('1.2.840.113549.1.1.11');
    expect(oid('0603 550403')).toBe('2.5.4.3');
    expect(oid('0602 8837')).toBe('2.999');
    expect(oid('060b 2a 8fffffffffffffffff7f')).toMatch(/^1\.2\.\d{19,}$/);
    expect(() => oid('0602 2a80')).toThrow(DerError);
    expect(() => oid('0600')).toThrow(DerError);
  });

  it('reads INTEGER bytes as encoded, BIT STRING and BOOLEAN strictly', () => {
    const bytes = hex('0203 00ff01');
    expect(Buffer.from(readIntegerBytes(bytes, readTlv(bytes, 0))).toString('hex')).toBe('00ff01');
    const bits = hex('0302 0780');
    expect(readBitString(bits, readTlv(bits, 0)).unusedBits).toBe(7);
    expect(() => readBitString(hex('0301 07'), readTlv(hex('0301 07'), 0))).toThrow(DerError);
    expect(readBoolean(hex('0101ff'), readTlv(hex('0101ff'), 0))).toBe(true);
    expect(() => readBoolean(hex('010101'), readTlv(hex('010101'), 0))).toThrow(DerError);
  });

  it('reads strings by their type rules', () => {
    const text = (input: string) => {
      const bytes = hex(input);
      return readString(bytes, readTlv(bytes, 0));
    };
    expect(text('0c02 c3b3')).toBe('ó');
    expect(text('1e04 00410042')).toBe('AB');
    expect(text('1402 c2a2')).toBe('¢');
    expect(text('1403 c2a2f8')).toBe('Â¢ø');
    expect(text('1c04 0001f600')).toBe('😀');
    expect(() => text('1301 40')).toThrow(/PrintableString/);
    expect(() => text('1601 80')).toThrow(/IA5String/);
    expect(() => text('0c01 ff')).toThrow(/UTF-8/);
    expect(() => text('1e01 00')).toThrow(/multiple of 2/);
  });

  it('reads UTCTime and GeneralizedTime in DER form', () => {
    const time = (input: string) => {
      const bytes = Buffer.from(input, 'latin1');
      return readTime(bytes, readTlv(bytes, 0));
    };
    expect(new Date(time('\x17\x0d130124223339Z')).toISOString()).toBe('2013-01-24T22:33:39.000Z');
    expect(new Date(time('\x17\x0d500101000000Z')).toISOString()).toBe('1950-01-01T00:00:00.000Z');
    expect(new Date(time('\x18\x0f99991231235959Z')).toISOString()).toBe('9999-12-31T23:59:59.000Z');
    expect(new Date(time('\x18\x1120240229120000.5Z')).toISOString()).toBe('2024-02-29T12:00:00.500Z');
    expect(() => time('\x17\x0b1301242233Z')).toThrow(DerError);
    expect(() => time('\x18\x0f20230229120000Z')).toThrow(/day/);
    expect(() => time('\x18\x1220240229120000.50Z')).toThrow(/trailing zero/);
  });
});

describe('fuzz', () => {
  /** Reads every element it can, recursively, with every value reader: only DerError may escape. */
  function readEverything(bytes: Uint8Array): void {
    const walk = (offset: number, limit: number, depth: number) => {
      let position = offset;
      while (position < limit) {
        const tlv = readTlv(bytes, position, limit);
        for (const reader of [readOid, readIntegerBytes, readBitString, readBoolean, readString, readTime])
          try {
            reader(bytes, tlv);
          } catch (error) {
            if (!(error instanceof DerError)) throw error;
          }
        if ((tlv.tag & 0x20) !== 0 && depth < 20) walk(tlv.start, tlv.end, depth + 1);
        position = tlv.end;
      }
    };
    try {
      walk(0, bytes.length, 0);
    } catch (error) {
      if (!(error instanceof DerError)) throw error;
    }
  }

  it('throws nothing but DerError on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => readEverything(bytes)),
      { numRuns: 3000 },
    );
  });

  it('throws nothing but DerError on mutated valid DER', () => {
    const base = hex('3019 0603550403 0c03616263 1e0400410042 170d3133303132343232333333395a');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: base.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        (index, value) => {
          const copy = base.slice();
          copy[index] = value;
          readEverything(copy);
          readEverything(copy.subarray(0, index));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
