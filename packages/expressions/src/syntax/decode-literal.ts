import { type IToken, tokenMatcher } from 'chevrotain';
import type { Problem } from '../diagnostics/problem.js';
import type { InterpolatedExtent } from '../lexer/interpolated-scanner.js';
import { runLength } from '../lexer/literal-scanners.js';
import type { TokenPayload } from '../lexer/token-payload.js';
import {
  BlockComment,
  CharLiteral,
  IntegerLiteral,
  InterpolatedStringLiteral,
  LineComment,
  RawStringLiteral,
  RealLiteral,
  StringLiteral,
  VerbatimStringLiteral,
} from '../lexer/tokens.js';
import type { InterpolatedPiece, LiteralData } from './literal-data.js';
import {
  decodeEscapes,
  decodeInteger,
  decodeReal,
  decodeVerbatim,
  undoubleBraces,
} from './literal-values.js';
import { applyRawLayout, rawLayout } from './raw-strings.js';

/**
 * Decodes the literal in `token`, replacing its scan payload with `LiteralData`, and reports its
 * problems with offsets in the lexed text. Tokens that are not literals are left alone.
 */
export function decodeLiteral(token: IToken, problems: Problem[]): void {
  const scan = token.payload as TokenPayload | undefined;
  const image = token.image;
  const base = token.startOffset;
  const local: Problem[] = [];
  let data: LiteralData | undefined;
  const unterminated = (fallback: Problem['code']) => {
    if (scan === undefined || !('unterminated' in scan) || scan.unterminated === null) return;
    local.push({
      code: scan.unterminated === 'newline' ? 'newline-in-constant' : fallback,
      start: 0,
      end: image.length,
    });
  };
  const suffixLength = scan !== undefined && 'utf8' in scan && scan.utf8 ? 2 : 0;
  const closed = scan !== undefined && 'unterminated' in scan && scan.unterminated === null;

  if (tokenMatcher(token, IntegerLiteral)) {
    data = { kind: 'integer', ...decodeInteger(image, local) };
  } else if (tokenMatcher(token, RealLiteral)) {
    data = { kind: 'real', ...decodeReal(image, local) };
  } else if (tokenMatcher(token, StringLiteral)) {
    unterminated('unterminated-string');
    const end = image.length - suffixLength - (closed ? 1 : 0);
    data = {
      kind: 'string',
      stringKind: 'regular',
      value: decodeEscapes(image, 1, end, local),
      utf8: suffixLength > 0,
    };
  } else if (tokenMatcher(token, VerbatimStringLiteral)) {
    unterminated('unterminated-string');
    const end = image.length - suffixLength - (closed ? 1 : 0);
    data = {
      kind: 'string',
      stringKind: 'verbatim',
      value: decodeVerbatim(image, 2, end),
      utf8: suffixLength > 0,
    };
  } else if (tokenMatcher(token, RawStringLiteral)) {
    unterminated('unterminated-string');
    const quotes = runLength(image, 0, 0x22);
    const end = closed ? image.length - suffixLength - quotes : image.length;
    const layout = rawLayout(image, quotes, end, local, [0, image.length]);
    data = {
      kind: 'string',
      stringKind: 'raw',
      value: applyRawLayout(image.slice(quotes, end), layout, true, true),
      utf8: suffixLength > 0,
    };
  } else if (tokenMatcher(token, CharLiteral)) {
    unterminated('unterminated-character');
    const value = decodeEscapes(image, 1, image.length - (closed ? 1 : 0), local);
    if (closed && value.length === 0) local.push({ code: 'empty-character', start: 0, end: image.length });
    if (value.length > 1) local.push({ code: 'too-many-characters', start: 0, end: image.length });
    data = { kind: 'char', value: value.slice(0, 1) };
  } else if (tokenMatcher(token, InterpolatedStringLiteral) && scan?.kind === 'interpolated') {
    data = decodeInterpolated(image, scan.extent, local);
  } else if (scan?.kind === 'named-value') {
    data = { kind: 'named-value', name: scan.name };
  } else if (tokenMatcher(token, BlockComment)) {
    if (!closed) local.push({ code: 'unterminated-comment', start: 0, end: image.length });
    data = { kind: 'comment', value: image.slice(2, closed ? -2 : undefined) };
  } else if (tokenMatcher(token, LineComment)) {
    data = { kind: 'comment', value: image.slice(2) };
  }
  if (data !== undefined) token.payload = data;
  for (const problem of local)
    problems.push({ ...problem, start: base + problem.start, end: base + problem.end });
}

function decodeInterpolated(image: string, extent: InterpolatedExtent, problems: Problem[]): LiteralData {
  if (extent.unterminated !== null) {
    problems.push({
      code: extent.unterminated === 'newline' ? 'newline-in-constant' : 'unterminated-string',
      start: 0,
      end: image.length,
    });
  }
  for (const error of extent.errors) {
    problems.push({
      code: error.code,
      start: error.start,
      end: error.end,
      ...(error.reason === undefined ? {} : { data: { reason: error.reason } }),
    });
  }
  const layout =
    extent.kind === 'raw'
      ? rawLayout(image, extent.contentStart, extent.contentEnd, problems, [0, image.length])
      : null;
  const bounds: [number, number][] = [];
  let start = extent.contentStart;
  for (const hole of extent.holes) {
    bounds.push([start, hole.open]);
    start = hole.end;
  }
  bounds.push([start, Math.max(start, extent.contentEnd)]);
  const pieces: InterpolatedPiece[] = bounds.map(([pieceStart, pieceEnd], index) => {
    let value: string;
    if (extent.kind === 'regular')
      value = undoubleBraces(decodeEscapes(image, pieceStart, pieceEnd, problems));
    else if (extent.kind === 'verbatim') value = undoubleBraces(decodeVerbatim(image, pieceStart, pieceEnd));
    else
      value = applyRawLayout(
        image.slice(pieceStart, pieceEnd),
        layout!,
        index === 0,
        index === bounds.length - 1,
      );
    return { start: pieceStart, end: pieceEnd, value };
  });
  const formats = extent.holes.map((hole) => {
    if (hole.format === null) return null;
    const [formatStart, formatEnd] = hole.format;
    if (extent.kind === 'regular') return decodeEscapes(image, formatStart, formatEnd, problems);
    if (extent.kind === 'verbatim') return decodeVerbatim(image, formatStart, formatEnd);
    return image.slice(formatStart, formatEnd);
  });
  return { kind: 'interpolated', extent, pieces, formats };
}
