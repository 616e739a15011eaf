/** The built-in numeric types of C# (and `char`, which converts like one), as the runtime names them. */
export type NumericKind =
  | 'sbyte'
  | 'byte'
  | 'short'
  | 'ushort'
  | 'int'
  | 'uint'
  | 'long'
  | 'ulong'
  | 'char'
  | 'float'
  | 'double'
  | 'decimal';

/** Kinds held as bigint in their typed form. */
export const bigintKinds: ReadonlySet<NumericKind> = new Set(['long', 'ulong']);

/** Integral kinds held as a JavaScript number. */
export const smallIntegralKinds: ReadonlySet<NumericKind> = new Set([
  'sbyte',
  'byte',
  'short',
  'ushort',
  'int',
  'uint',
  'char',
]);

/** The range of each integral kind. */
export const integralBounds: Readonly<Record<string, readonly [bigint, bigint]>> = {
  sbyte: [-128n, 127n],
  byte: [0n, 255n],
  short: [-32768n, 32767n],
  ushort: [0n, 65535n],
  int: [-2147483648n, 2147483647n],
  uint: [0n, 4294967295n],
  long: [-9223372036854775808n, 9223372036854775807n],
  ulong: [0n, 18446744073709551615n],
  char: [0n, 65535n],
};
