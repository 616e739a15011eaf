import type { Diagnostic, LineMap } from '@apim-policy/expressions';
import { XMLValidator } from 'fast-xml-parser';
import { documentDiagnostic } from './messages.js';

/** fast-xml-parser's complaints that are not errors here: a snippet has several top-level elements. */
const ACCEPTED = /root node|Extra text at the end|Start tag expected/i;

/**
 * A second opinion on well-formedness: fast-xml-parser's validator reads the masked text (where
 * expressions stand as placeholders of the same length, so its lines and columns are the file's).
 * Called only when the front end's own reading found no error, it catches what that reading is
 * lenient about; its finding is reported as `xml-not-well-formed` at the place it names.
 */
export function checkWellFormed(masked: string, lines: LineMap): Diagnostic | null {
  const result = XMLValidator.validate(masked, { allowBooleanAttributes: false });
  if (result === true || ACCEPTED.test(result.err.msg)) return null;
  const line = Math.max(result.err.line, 1);
  const offset = Math.min(lines.lineStart(line - 1) + Math.max(result.err.col - 1, 0), masked.length);
  return documentDiagnostic('xml-not-well-formed', [offset, Math.min(offset + 1, masked.length)], lines, {
    reason: result.err.msg,
  });
}
