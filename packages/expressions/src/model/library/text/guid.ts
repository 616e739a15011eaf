import { argument, argumentNull } from '../../../runtime/exceptions.js';
import {
  Guid,
  parseGuid,
  parseGuidExact,
  tryParseGuid,
  tryParseGuidExact,
} from '../../../runtime/text/guid.js';
import type { Reference } from '../../../runtime/values.js';
import { jsMethod } from '../../implementation.js';
import { declareType } from '../../registry.js';

/** `System.Guid`: the runtime class is `runtime/text/guid.ts`. */

const byteValues = (...values: number[]) => values;

export const guidType = declareType({
  name: 'System.Guid',
  kind: 'struct',
  apim: 'all',
  interfaces: ['IComparable', 'IComparable<Guid>', 'IEquatable<Guid>', 'IFormattable'],
  test: (value) => value instanceof Guid,
  defaultValue: () => Guid.Empty,
  members: {
    'new()': () => Guid.Empty,
    'new(byte[] b)': Guid.fromBytes,
    'new(string g)': (g: string | null) => parseGuid(g, 'g'),
    'new(int a, short b, short c, byte[] d)': (a: number, b: number, c: number, d: Uint8Array | null) => {
      if (d === null) throw argumentNull('d');
      if (d.length !== 8) throw argument('Byte array for GUID must be exactly 8 bytes long.', 'd');
      return Guid.fromFields(a, b, c, d);
    },
    'new(int a, short b, short c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)': (
      a: number,
      b: number,
      c: number,
      ...rest: number[]
    ) => Guid.fromFields(a, b, c, byteValues(...rest)),
    'static readonly Guid Empty': () => Guid.Empty,
    'static Guid NewGuid()': Guid.newGuid,
    'static Guid Parse(string input)': (input: string | null) => parseGuid(input),
    'static bool TryParse(string input, out Guid result)': (
      input: string | null,
      result: Reference<Guid>,
    ) => {
      const parsed = tryParseGuid(input);
      result.value = parsed ?? Guid.Empty;
      return parsed !== null;
    },
    'static Guid ParseExact(string input, string format)': parseGuidExact,
    'static bool TryParseExact(string input, string format, out Guid result)': (
      input: string | null,
      format: string | null,
      result: Reference<Guid>,
    ) => {
      const parsed = tryParseGuidExact(input, format);
      result.value = parsed ?? Guid.Empty;
      return parsed !== null;
    },
    'byte[] ToByteArray()': jsMethod('ToByteArray'),
    'string ToString()': (self: Guid) => self.ToString(),
    'string ToString(string format)': (self: Guid, format: string | null) => self.ToString(format),
    'string ToString(string format, IFormatProvider provider)': (self: Guid, format: string | null) =>
      self.ToString(format),
    'bool Equals(Guid g)': (self: Guid, other: Guid) => self.Equals(other),
    'bool Equals(object o)': (self: Guid, other: unknown) => self.Equals(other),
    'int GetHashCode()': jsMethod('GetHashCode'),
    'int CompareTo(Guid value)': (self: Guid, other: Guid) => self.CompareTo(other),
    'int CompareTo(object value)': (self: Guid, other: unknown) => self.CompareTo(other),
    'static bool operator ==(Guid a, Guid b)': (a: Guid, b: Guid) => a.Equals(b),
    'static bool operator !=(Guid a, Guid b)': (a: Guid, b: Guid) => !a.Equals(b),
  },
});
