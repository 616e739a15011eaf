import type { Diagnostic, LineMap, PositionMapper } from '@apim-policy/expressions';
import { findExpressionEnd } from '@apim-policy/expressions';
import { type MappedText, sliceMapped, verbatimText } from '../named-values/mapped-text.js';
import { type SubstitutionOptions, substitute } from '../named-values/substitute.js';
import { decodeReferences } from './decode.js';
import { documentDiagnostic } from './messages.js';
import type { ExpressionSource } from './model.js';

/** How values are prepared: which values to fill in, and how loudly a missing one is reported. */
export interface ValueOptions extends SubstitutionOptions {
  /** `run`: a missing value is an error; `check`: a warning. */
  readonly mode: 'run' | 'check';
}

/** A value read from the file, and the expression it is when it is one as a whole. */
export interface ReadValue {
  readonly value: string;
  readonly expression: ExpressionSource | null;
}

/**
 * Reads the value at `[start, end)` of the file: XML references decoded (unless `decode` is
 * false, for CDATA and payload), named values filled in (unless `substituteValues` is false, for
 * Liquid templates), and the result recognised as an expression when the whole of it, blanks
 * aside, is one `@(...)` or `@{...}`. A named value whose value is an expression makes one.
 */
export function readValue(
  source: string,
  start: number,
  end: number,
  flags: { readonly decode: boolean; readonly substituteValues: boolean },
  options: ValueOptions,
  lines: LineMap,
  diagnostics: Diagnostic[],
): ReadValue {
  const decoded = flags.decode ? decodeReferences(source, start, end) : verbatimText(source, start, end);
  let prepared: MappedText = decoded;
  if (flags.substituteValues) {
    const result = substitute(decoded, options);
    prepared = result.text;
    const severity = options.mode === 'run' ? 'error' : 'warning';
    for (const token of result.unresolved) {
      diagnostics.push(
        token.kind === 'named-value'
          ? documentDiagnostic('unresolved-named-value', token.range, lines, { name: token.name }, severity)
          : documentDiagnostic(
              'unresolved-placeholder',
              token.range,
              lines,
              { placeholder: token.token },
              severity,
            ),
      );
    }
  }
  return { value: prepared.text, expression: expressionOf(prepared, lines) };
}

/** The expression `text` is as a whole, blanks aside, or null. */
export function expressionOf(prepared: MappedText, lines: LineMap): ExpressionSource | null {
  const text = prepared.text;
  const first = text.search(/\S/);
  if (first < 0 || text[first] !== '@' || (text[first + 1] !== '(' && text[first + 1] !== '{')) return null;
  const last = text.trimEnd().length;
  if (findExpressionEnd(text, first) !== last) return null;
  const own = sliceMapped(prepared, first, last);
  const mapper: PositionMapper = (offset) => {
    const clamped = Math.min(Math.max(offset, 0), own.text.length);
    const fileOffset = own.offsets[clamped]!;
    const { line, column } = lines.position(fileOffset);
    return { offset: fileOffset, line, column };
  };
  const range = [own.offsets[0]!, own.offsets[own.text.length]!] as const;
  return {
    text: own.text,
    form: text[first + 1] === '{' ? 'block' : 'expression',
    mapper,
    range,
    loc: { start: lines.position(range[0]), end: lines.position(range[1]) },
  };
}
