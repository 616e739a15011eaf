import {
  type BinaryKind,
  bytesToString,
  doubleToInt64Bits,
  fromBytes,
  getBytes,
  int64BitsToDouble,
} from '../../../runtime/text/bit-converter.js';
import type { MemberDeclaration } from '../../declaration.js';
import { declareType } from '../../registry.js';

/** `System.BitConverter` (little-endian, as every gateway is). */

const kinds: readonly [string, BinaryKind][] = [
  ['bool', 'Boolean'],
  ['char', 'Char'],
  ['short', 'Int16'],
  ['ushort', 'UInt16'],
  ['int', 'Int32'],
  ['uint', 'UInt32'],
  ['long', 'Int64'],
  ['ulong', 'UInt64'],
  ['float', 'Single'],
  ['double', 'Double'],
];

const members: Record<string, MemberDeclaration> = {
  'static readonly bool IsLittleEndian': () => true,
  'static string ToString(byte[] value)': (value: Uint8Array | null) => bytesToString(value),
  'static string ToString(byte[] value, int startIndex)': (value: Uint8Array | null, start: number) =>
    bytesToString(value, start),
  'static string ToString(byte[] value, int startIndex, int length)': bytesToString,
  'static long DoubleToInt64Bits(double value)': doubleToInt64Bits,
  'static double Int64BitsToDouble(long value)': int64BitsToDouble,
  'static int SingleToInt32Bits(float value)': {
    implementation: (value: number) => new DataView(getBytes('Single', value).buffer).getInt32(0, true),
    apim: false,
  },
  'static float Int32BitsToSingle(int value)': {
    implementation: (value: number) => new DataView(getBytes('Int32', value).buffer).getFloat32(0, true),
    apim: false,
  },
};

for (const [keyword, kind] of kinds) {
  members[`static byte[] GetBytes(${keyword} value)`] = (value: number | bigint | boolean) =>
    getBytes(kind, value);
  const name = kind === 'Single' ? 'ToSingle' : kind === 'Double' ? 'ToDouble' : `To${kind}`;
  members[`static ${keyword} ${name}(byte[] value, int startIndex)`] = (
    value: Uint8Array | null,
    start: number,
  ) => fromBytes(kind, value, start);
}

declareType({ name: 'System.BitConverter', kind: 'class', static: true, apim: 'all', members });
