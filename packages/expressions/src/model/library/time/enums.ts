import { markFlagsEnum } from '../../../runtime/text/enum-format.js';
import { Boxed } from '../../../runtime/values.js';
import { declareType } from '../../registry.js';

const boxedAs = (name: string) => (value: unknown) => value instanceof Boxed && value.type.name === name;

/**
 * `System.DateTimeKind`. API Management lists only `DateTimeKind.Utc`; the enum table of the
 * model cannot restrict single members, so Unspecified and Local are allowed here too.
 */
declareType({
  name: 'System.DateTimeKind',
  kind: 'enum',
  apim: 'listed',
  boxing: 'boxed',
  test: boxedAs('System.DateTimeKind'),
  enum: { Unspecified: 0, Utc: 1, Local: 2 },
});

/** `System.DayOfWeek`: the type of `DateTime.DayOfWeek`, which API Management allows. */
declareType({
  name: 'System.DayOfWeek',
  kind: 'enum',
  apim: 'all',
  boxing: 'boxed',
  test: boxedAs('System.DayOfWeek'),
  enum: { Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6 },
});

/** `System.Globalization.DateTimeStyles` (a [Flags] enum; not on API Management's list). */
declareType({
  name: 'System.Globalization.DateTimeStyles',
  kind: 'enum',
  apim: 'none',
  boxing: 'boxed',
  test: boxedAs('System.Globalization.DateTimeStyles'),
  enum: {
    None: 0,
    AllowLeadingWhite: 1,
    AllowTrailingWhite: 2,
    AllowInnerWhite: 4,
    AllowWhiteSpaces: 7,
    NoCurrentDateDefault: 8,
    AdjustToUniversal: 16,
    AssumeLocal: 32,
    AssumeUniversal: 64,
    RoundtripKind: 128,
  },
});

markFlagsEnum('System.Globalization.DateTimeStyles');

/** `System.Globalization.TimeSpanStyles` (not on API Management's list). */
declareType({
  name: 'System.Globalization.TimeSpanStyles',
  kind: 'enum',
  apim: 'none',
  boxing: 'boxed',
  test: boxedAs('System.Globalization.TimeSpanStyles'),
  enum: { None: 0, AssumeNegative: 1 },
});
