import type { IntegerSuffix, RealSuffix, StringKind } from '../ast/expressions.js';
import type { InterpolatedExtent } from '../lexer/interpolated-scanner.js';

/** One stretch of text between holes of an interpolated string; offsets relative to the token. */
export interface InterpolatedPiece {
  start: number;
  end: number;
  value: string;
}

/**
 * The decoded value of a literal token, stored in `token.payload` by the lexer. Offsets are
 * relative to the token's start.
 */
export type LiteralData =
  | { kind: 'string'; stringKind: StringKind; value: string; utf8: boolean }
  | { kind: 'char'; value: string }
  | { kind: 'integer'; value: bigint; suffix: IntegerSuffix }
  | { kind: 'real'; value: number; digits: string; suffix: RealSuffix }
  | {
      kind: 'interpolated';
      extent: InterpolatedExtent;
      /** The text pieces: one more than there are holes. */
      pieces: InterpolatedPiece[];
      /** The decoded format of each hole, or null. */
      formats: (string | null)[];
    }
  | { kind: 'named-value'; name: string }
  | { kind: 'comment'; value: string };
