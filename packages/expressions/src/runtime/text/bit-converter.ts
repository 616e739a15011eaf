import { environment } from '../environment.js';
import { argument, argumentNull, argumentOutOfRange } from '../exceptions.js';

/** `System.BitConverter` on a little-endian machine (`IsLittleEndian` is true). */

const INDEX = 'Index was out of range. Must be non-negative and less than the size of the collection.';
/** .NET Framework's message names no parameter; modern .NET's names `value`. */
function tooSmall(): Error {
  return argument(
    'Destination array is not long enough to copy all the items in the collection. Check array index and length.',
    environment().dotnet === 'core' ? 'value' : undefined,
  );
}

export type BinaryKind =
  | 'Int16'
  | 'UInt16'
  | 'Int32'
  | 'UInt32'
  | 'Int64'
  | 'UInt64'
  | 'Single'
  | 'Double'
  | 'Char'
  | 'Boolean';

const sizes: Record<BinaryKind, number> = {
  Boolean: 1,
  Char: 2,
  Int16: 2,
  UInt16: 2,
  Int32: 4,
  UInt32: 4,
  Single: 4,
  Int64: 8,
  UInt64: 8,
  Double: 8,
};

/** `GetBytes(value)`: the value's bytes, least significant first. */
export function getBytes(kind: BinaryKind, value: number | bigint | boolean): Uint8Array {
  const bytes = new Uint8Array(sizes[kind]);
  const view = new DataView(bytes.buffer);
  switch (kind) {
    case 'Boolean':
      bytes[0] = value ? 1 : 0;
      break;
    case 'Char':
    case 'UInt16':
      view.setUint16(0, value as number, true);
      break;
    case 'Int16':
      view.setInt16(0, value as number, true);
      break;
    case 'Int32':
      view.setInt32(0, value as number, true);
      break;
    case 'UInt32':
      view.setUint32(0, value as number, true);
      break;
    case 'Single':
      view.setFloat32(0, value as number, true);
      break;
    case 'Int64':
      view.setBigInt64(0, value as bigint, true);
      break;
    case 'UInt64':
      view.setBigUint64(0, value as bigint, true);
      break;
    case 'Double':
      view.setFloat64(0, value as number, true);
      break;
  }
  return bytes;
}

/** `ToInt32(byte[] value, int startIndex)` and its siblings. */
export function fromBytes(
  kind: BinaryKind,
  value: Uint8Array | null,
  startIndex: number,
): number | bigint | boolean {
  if (value === null) throw argumentNull('value');
  if (startIndex < 0 || startIndex >= value.length) throw argumentOutOfRange('startIndex', INDEX);
  if (startIndex > value.length - sizes[kind]) throw tooSmall();
  const view = new DataView(value.buffer, value.byteOffset + startIndex);
  switch (kind) {
    case 'Boolean':
      return value[startIndex] !== 0;
    case 'Char':
    case 'UInt16':
      return view.getUint16(0, true);
    case 'Int16':
      return view.getInt16(0, true);
    case 'Int32':
      return view.getInt32(0, true);
    case 'UInt32':
      return view.getUint32(0, true);
    case 'Single':
      return view.getFloat32(0, true);
    case 'Int64':
      return view.getBigInt64(0, true);
    case 'UInt64':
      return view.getBigUint64(0, true);
    case 'Double':
      return view.getFloat64(0, true);
  }
}

/** `ToString(byte[] value, int startIndex, int length)`: `0A-1B-FF`. */
export function bytesToString(value: Uint8Array | null, startIndex = 0, length?: number): string {
  if (value === null) throw argumentNull(length === undefined ? 'value' : 'byteArray');
  const count = length ?? value.length - startIndex;
  if (startIndex < 0 || (startIndex >= value.length && startIndex > 0)) {
    throw argumentOutOfRange('startIndex', 'StartIndex cannot be less than zero.');
  }
  if (count < 0) throw argumentOutOfRange('length', 'Value must be positive.');
  if (startIndex > value.length - count) throw tooSmall();
  const parts: string[] = [];
  for (let i = startIndex; i < startIndex + count; i++)
    parts.push(value[i]!.toString(16).padStart(2, '0').toUpperCase());
  return parts.join('-');
}

/** `DoubleToInt64Bits(double value)`. */
export function doubleToInt64Bits(value: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return view.getBigInt64(0);
}

/** `Int64BitsToDouble(long value)`. */
export function int64BitsToDouble(value: bigint): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigInt64(0, value);
  return view.getFloat64(0);
}
