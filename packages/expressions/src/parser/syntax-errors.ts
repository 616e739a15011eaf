import { type IParserErrorMessageProvider, type IToken, type TokenType, tokenLabel } from 'chevrotain';
import type { DiagnosticData } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/messages.js';
import { Identifier } from '../lexer/tokens.js';
import { isEOF, isKeyword } from './token-kinds.js';

/**
 * chevrotain reports recognition errors as message strings. This provider writes each as a JSON
 * record of a catalogue code and its data, which `parse.ts` reads back into a diagnostic: the
 * catalogue stays the one source of message texts.
 */
export interface SyntaxErrorRecord {
  code: DiagnosticCode;
  data?: DiagnosticData;
}

const record = (value: SyntaxErrorRecord) => JSON.stringify(value);

/** A token's text for messages: its image, or a description at the end of the text. */
export const describeToken = (token: IToken): string => (isEOF(token) ? 'end of text' : token.image);

const expectedText = (type: TokenType) => tokenLabel(type).replace(/^'(.*)'$/, '$1');

/** Rules in which a failing alternative means a type was expected. */
const typeRules: ReadonlySet<string> = new Set(['type', 'nonArrayType', 'namedType', 'tupleType']);
const patternRules: ReadonlySet<string> = new Set(['pattern', 'primaryPattern', 'negatedPattern']);

export const syntaxErrorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    if (expected === Identifier) {
      return isKeyword(actual)
        ? record({ code: 'identifier-expected-keyword', data: { token: actual.image } })
        : record({ code: 'identifier-expected' });
    }
    return record({ code: 'expected-token', data: { token: expectedText(expected) } });
  },
  buildNotAllInputParsedMessage({ firstRedundant, ruleName }) {
    const code = ruleName === 'policyExpression' ? 'unexpected-text-after-expression' : 'unexpected-token';
    return record({ code, data: { token: describeToken(firstRedundant) } });
  },
  buildNoViableAltMessage({ actual, ruleName }) {
    const token = actual[0];
    if (token === undefined || isEOF(token)) return record({ code: 'unexpected-end' });
    if (typeRules.has(ruleName)) return record({ code: 'type-expected' });
    if (patternRules.has(ruleName)) return record({ code: 'pattern-expected', data: { token: token.image } });
    return record({ code: 'invalid-expression-term', data: { token: token.image } });
  },
  buildEarlyExitMessage({ actual }) {
    const token = actual[0];
    if (token === undefined || isEOF(token)) return record({ code: 'unexpected-end' });
    return record({ code: 'unexpected-token', data: { token: token.image } });
  },
};

/** Reads back a record written by `syntaxErrorMessages`. */
export function readSyntaxError(message: string): SyntaxErrorRecord {
  try {
    return JSON.parse(message) as SyntaxErrorRecord;
  } catch (error) {
    // A message chevrotain built itself; keep it whole rather than lose it.
    if (!(error instanceof SyntaxError)) throw error;
    return { code: 'unexpected-token', data: { token: message } };
  }
}
