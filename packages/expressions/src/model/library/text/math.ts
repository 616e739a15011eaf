import type { Decimal } from '../../../runtime/text/decimal.js';
import {
  absInteger,
  clamp,
  divRem,
  ieeeRemainder,
  logBase,
  maxDouble,
  minDouble,
  pow,
  roundDecimal,
  roundDouble,
  roundDoubleDigits,
  signDouble,
} from '../../../runtime/text/math.js';
import type { Reference } from '../../../runtime/values.js';
import type { MemberDeclaration } from '../../declaration.js';
import { constant } from '../../implementation.js';
import { declareType } from '../../registry.js';

/** `System.Math`. Members only modern .NET has are declared with `apim: false`. */

/** The numeric keywords with how their values compare and what their minimum is (for `Abs`). */
const integerTypes: readonly [string, number | bigint | null][] = [
  ['sbyte', -128],
  ['byte', null],
  ['short', -32768],
  ['ushort', null],
  ['int', -2147483648],
  ['uint', null],
  ['long', -9223372036854775808n],
  ['ulong', null],
];

const members: Record<string, MemberDeclaration> = {
  'const double PI = 3.14159265358979323846': constant,
  'const double E = 2.7182818284590452354': constant,
  'static double Abs(double value)': Math.abs,
  'static float Abs(float value)': Math.abs,
  'static decimal Abs(decimal value)': (value: Decimal) => (value.negative ? value.negate() : value),
  'static double Max(double val1, double val2)': maxDouble,
  'static float Max(float val1, float val2)': maxDouble,
  'static decimal Max(decimal val1, decimal val2)': (a: Decimal, b: Decimal) => (a.compare(b) >= 0 ? a : b),
  'static double Min(double val1, double val2)': minDouble,
  'static float Min(float val1, float val2)': minDouble,
  'static decimal Min(decimal val1, decimal val2)': (a: Decimal, b: Decimal) => (a.compare(b) <= 0 ? a : b),
  'static int Sign(double value)': signDouble,
  'static int Sign(float value)': signDouble,
  'static int Sign(decimal value)': (value: Decimal) => (value.isZero() ? 0 : value.negative ? -1 : 1),
  'static double Round(double a)': roundDouble,
  'static double Round(double value, int digits)': (value: number, digits: number) =>
    roundDoubleDigits(value, digits),
  'static double Round(double value, MidpointRounding mode)': (value: number, mode: number) =>
    roundDoubleDigits(value, 0, mode),
  'static double Round(double value, int digits, MidpointRounding mode)': roundDoubleDigits,
  'static decimal Round(decimal d)': (d: Decimal) => roundDecimal(d),
  'static decimal Round(decimal d, int decimals)': (d: Decimal, decimals: number) =>
    roundDecimal(d, decimals),
  'static decimal Round(decimal d, MidpointRounding mode)': (d: Decimal, mode: number) =>
    roundDecimal(d, 0, mode),
  'static decimal Round(decimal d, int decimals, MidpointRounding mode)': roundDecimal,
  'static double Floor(double d)': Math.floor,
  'static decimal Floor(decimal d)': (d: Decimal) => d.floor(),
  'static double Ceiling(double a)': Math.ceil,
  'static decimal Ceiling(decimal d)': (d: Decimal) => d.ceiling(),
  'static double Truncate(double d)': Math.trunc,
  'static decimal Truncate(decimal d)': (d: Decimal) => d.truncate(),
  'static double Pow(double x, double y)': pow,
  'static double Sqrt(double d)': Math.sqrt,
  'static double Log(double d)': Math.log,
  'static double Log(double a, double newBase)': logBase,
  'static double Log10(double d)': Math.log10,
  'static double Exp(double d)': Math.exp,
  'static double Sin(double a)': Math.sin,
  'static double Cos(double d)': Math.cos,
  'static double Tan(double a)': Math.tan,
  'static double Asin(double d)': Math.asin,
  'static double Acos(double d)': Math.acos,
  'static double Atan(double d)': Math.atan,
  'static double Atan2(double y, double x)': Math.atan2,
  'static double Sinh(double value)': Math.sinh,
  'static double Cosh(double value)': Math.cosh,
  'static double Tanh(double value)': Math.tanh,
  'static double IEEERemainder(double x, double y)': ieeeRemainder,
  'static int DivRem(int a, int b, out int result)': (a: number, b: number, result: Reference<number>) =>
    divRem(a, b, result),
  'static long DivRem(long a, long b, out long result)': (a: bigint, b: bigint, result: Reference<bigint>) =>
    divRem(a, b, result),
  'static long BigMul(int a, int b)': (a: number, b: number) => BigInt(a) * BigInt(b),
  // Modern .NET only.
  'static double Cbrt(double d)': { implementation: Math.cbrt, apim: false },
  'static double Log2(double x)': { implementation: Math.log2, apim: false },
  'static double Asinh(double d)': { implementation: Math.asinh, apim: false },
  'static double Acosh(double d)': { implementation: Math.acosh, apim: false },
  'static double Atanh(double d)': { implementation: Math.atanh, apim: false },
  'static double CopySign(double x, double y)': {
    implementation: (x: number, y: number) => (y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x)),
    apim: false,
  },
  'static double Clamp(double value, double min, double max)': { implementation: clamp, apim: false },
  'static decimal Clamp(decimal value, decimal min, decimal max)': { implementation: clamp, apim: false },
};

for (const [keyword, minimum] of integerTypes) {
  members[`static ${keyword} Max(${keyword} val1, ${keyword} val2)`] = (
    a: number | bigint,
    b: number | bigint,
  ) => (a >= b ? a : b);
  members[`static ${keyword} Min(${keyword} val1, ${keyword} val2)`] = (
    a: number | bigint,
    b: number | bigint,
  ) => (a <= b ? a : b);
  members[`static ${keyword} Clamp(${keyword} value, ${keyword} min, ${keyword} max)`] = {
    implementation: clamp,
    apim: false,
  };
  if (minimum !== null) {
    members[`static ${keyword} Abs(${keyword} value)`] = (value: number | bigint) =>
      absInteger(value, minimum);
    members[`static int Sign(${keyword} value)`] = (value: number | bigint) =>
      value > 0 ? 1 : value < 0 ? -1 : 0;
  }
}

declareType({ name: 'System.Math', kind: 'class', static: true, apim: 'all', members });
