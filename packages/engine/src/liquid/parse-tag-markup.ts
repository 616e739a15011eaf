// The markup of the tags with a grammar of their own: `for` and `when`.
import type { Expression } from './ast.js';
import { MarkupError } from './markup-lexer.js';
import type { MarkupReader } from './markup-reader.js';
import { parseExpression } from './parse-expression.js';

/** `when a, b or c`. */
export function readWhen(reader: MarkupReader): Expression[] {
  const values = [parseExpression(reader)];
  while (reader.accept(',') || reader.acceptWord('or')) {
    values.push(parseExpression(reader));
  }
  reader.expectEnd();
  return values;
}

export interface ForHeader {
  readonly variable: string;
  readonly name: string;
  readonly collection: Expression;
  readonly limit: Expression | null;
  readonly offset: Expression | null;
  readonly reversed: boolean;
}

/** `item in collection [reversed] [limit: n] [offset: n]`, the options in any order. */
export function readForHeader(reader: MarkupReader): ForHeader {
  const variable = reader.expectIdentifier('a loop variable name').text;
  const keyword = reader.next("'in'");
  if (keyword.kind !== 'identifier' || keyword.text !== 'in') {
    throw new MarkupError(`Expected 'in', found '${keyword.text}'.`, keyword.start, keyword.end);
  }
  const first = reader.peek();
  const collection = parseExpression(reader);
  const collectionText = first === undefined ? '' : reader.source(first.start, reader.position);
  let limit: Expression | null = null;
  let offset: Expression | null = null;
  let reversed = false;
  while (!reader.atEnd()) {
    const option = reader.expectIdentifier("'reversed', 'limit:' or 'offset:'");
    if (option.text === 'reversed' && !reversed) {
      reversed = true;
      continue;
    }
    if ((option.text === 'limit' && limit === null) || (option.text === 'offset' && offset === null)) {
      reader.expectSymbol(':');
      if (reader.isWord('continue')) {
        const token = reader.next('a value');
        throw new MarkupError("'offset: continue' is not supported.", token.start, token.end);
      }
      const value = parseExpression(reader);
      if (option.text === 'limit') limit = value;
      else offset = value;
      continue;
    }
    throw new MarkupError(`Unexpected '${option.text}' in 'for'.`, option.start, option.end);
  }
  return { variable, name: `${variable}-${collectionText}`, collection, limit, offset, reversed };
}
