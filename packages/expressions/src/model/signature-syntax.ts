import { EOF, type IToken, tokenMatcher } from 'chevrotain';
import { tokenize } from '../lexer/lexer.js';
import * as t from '../lexer/tokens.js';

/**
 * The small C# signature language in which the type model declares members:
 *
 *   'static bool IsNullOrEmpty(string value)'
 *   'int Length { get; }'
 *   'char this[int index] { get; }'
 *   'T GetValueOrDefault<T>(string name, T defaultValue = default)'
 *   'static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)'
 *   'new(string uriString)'
 *   'const int MaxValue = 2147483647'
 *   'static TimeSpan operator -(DateTime d1, DateTime d2)'
 *   'static explicit operator string(JToken value)'
 *
 * It reuses the expression lexer; the grammar is small enough to read by hand.
 */

/** A type as written in a signature: `List<T>`, `int?`, `string[]`, `System.Text.Encoding`. */
export interface TypeSyntax {
  /** Dotted name, or the keyword of a predefined type (`int`, `string`, `void`). */
  name: string;
  arguments: TypeSyntax[];
  nullable: boolean;
  /** Rank of each array suffix, outermost last: `int[][,]` is `[1, 2]`. */
  arrays: number[];
}

export interface ParameterSyntax {
  name: string;
  type: TypeSyntax;
  modifier: 'ref' | 'out' | 'in' | 'params' | 'this' | null;
  /** Text of the default value, when the parameter is optional. */
  defaultValue: string | null;
}

export type MemberSyntax =
  | {
      kind: 'method';
      isStatic: boolean;
      returns: TypeSyntax;
      name: string;
      typeParameters: string[];
      parameters: ParameterSyntax[];
    }
  | { kind: 'property'; isStatic: boolean; type: TypeSyntax; name: string; setter: boolean }
  | { kind: 'indexer'; type: TypeSyntax; parameters: ParameterSyntax[]; setter: boolean }
  | {
      kind: 'field';
      isStatic: boolean;
      isConst: boolean;
      type: TypeSyntax;
      name: string;
      value: string | null;
    }
  | { kind: 'constructor'; parameters: ParameterSyntax[] }
  | { kind: 'operator'; operator: string; returns: TypeSyntax; parameters: ParameterSyntax[] }
  | { kind: 'conversion'; explicit: boolean; returns: TypeSyntax; parameters: ParameterSyntax[] };

class Reader {
  readonly #tokens: IToken[];
  #index = 0;
  constructor(readonly text: string) {
    const lexed = tokenize(text);
    if (lexed.problems.length > 0)
      throw new SyntaxError(`Bad signature '${text}': ${lexed.problems[0]!.code}`);
    this.#tokens = lexed.tokens;
  }
  peek(offset = 0): IToken | undefined {
    return this.#tokens[this.#index + offset];
  }
  next(): IToken {
    const token = this.#tokens[this.#index++];
    if (token === undefined) this.fail('unexpected end');
    return token;
  }
  is(image: string, offset = 0): boolean {
    return this.peek(offset)?.image === image;
  }
  accept(image: string): boolean {
    if (!this.is(image)) return false;
    this.#index++;
    return true;
  }
  expect(image: string): void {
    if (!this.accept(image)) this.fail(`'${image}' expected`);
  }
  name(): string {
    const token = this.next();
    if (!tokenMatcher(token, t.Identifier)) this.fail(`name expected, found '${token.image}'`);
    return token.image;
  }
  done(): boolean {
    return this.#index >= this.#tokens.length;
  }
  fail(reason: string): never {
    throw new SyntaxError(`Bad signature '${this.text}': ${reason}`);
  }
}

function readType(reader: Reader): TypeSyntax {
  const first = reader.next();
  let name: string;
  if (tokenMatcher(first, t.PredefinedTypeKeyword) || first.image === 'void') name = first.image;
  else if (tokenMatcher(first, t.Identifier)) {
    name = first.image;
    while (reader.is('.') && !reader.is('(', 1)) {
      reader.next();
      name += `.${reader.name()}`;
    }
  } else reader.fail(`type expected, found '${first.image}'`);
  const typeArguments: TypeSyntax[] = [];
  if (reader.accept('<')) {
    do typeArguments.push(readType(reader));
    while (reader.accept(','));
    reader.expect('>');
  }
  const nullable = reader.accept('?');
  const arrays: number[] = [];
  while (reader.is('[') && (reader.is(']', 1) || reader.is(',', 1))) {
    reader.next();
    let rank = 1;
    while (reader.accept(',')) rank++;
    reader.expect(']');
    arrays.push(rank);
  }
  return { name, arguments: typeArguments, nullable, arrays };
}

function readParameters(reader: Reader, close: string): ParameterSyntax[] {
  const parameters: ParameterSyntax[] = [];
  if (reader.accept(close)) return parameters;
  do {
    let modifier: ParameterSyntax['modifier'] = null;
    const word = reader.peek()?.image;
    if (word === 'ref' || word === 'out' || word === 'in' || word === 'params' || word === 'this') {
      reader.next();
      modifier = word;
    }
    const type = readType(reader);
    const name = reader.name();
    let defaultValue: string | null = null;
    if (reader.accept('=')) {
      defaultValue = '';
      while (!reader.is(',') && !reader.is(close)) defaultValue += reader.next().image;
    }
    parameters.push({ name, type, modifier, defaultValue });
  } while (reader.accept(','));
  reader.expect(close);
  return parameters;
}

/** `{ get; }` or `{ get; set; }` */
function readAccessors(reader: Reader): boolean {
  reader.expect('{');
  reader.expect('get');
  reader.expect(';');
  const setter = reader.accept('set');
  if (setter) reader.expect(';');
  reader.expect('}');
  return setter;
}

/** Parses one member signature of the type model. Throws on a malformed signature (a model defect). */
export function parseSignature(text: string): MemberSyntax {
  const reader = new Reader(text);
  let isStatic = false;
  let isConst = false;
  for (;;) {
    if (reader.accept('static')) isStatic = true;
    else if (reader.accept('readonly')) continue;
    else if (reader.accept('const')) isConst = true;
    else break;
  }
  let result: MemberSyntax;
  if (reader.accept('new')) {
    reader.expect('(');
    result = { kind: 'constructor', parameters: readParameters(reader, ')') };
  } else if (reader.is('implicit') || reader.is('explicit')) {
    const explicit = reader.next().image === 'explicit';
    reader.expect('operator');
    const returns = readType(reader);
    reader.expect('(');
    result = { kind: 'conversion', explicit, returns, parameters: readParameters(reader, ')') };
  } else {
    const type = readType(reader);
    if (reader.accept('this')) {
      reader.expect('[');
      const parameters = readParameters(reader, ']');
      result = { kind: 'indexer', type, parameters, setter: readAccessors(reader) };
    } else if (reader.accept('operator')) {
      let operator = reader.next().image;
      if (operator === '>' && reader.is('>')) operator += reader.next().image;
      reader.expect('(');
      result = { kind: 'operator', operator, returns: type, parameters: readParameters(reader, ')') };
    } else {
      const name = reader.name();
      if (reader.is('{')) {
        result = { kind: 'property', isStatic, type, name, setter: readAccessors(reader) };
      } else if (reader.is('(') || reader.is('<')) {
        const typeParameters: string[] = [];
        if (reader.accept('<')) {
          do typeParameters.push(reader.name());
          while (reader.accept(','));
          reader.expect('>');
        }
        reader.expect('(');
        result = {
          kind: 'method',
          isStatic,
          returns: type,
          name,
          typeParameters,
          parameters: readParameters(reader, ')'),
        };
      } else {
        let value: string | null = null;
        if (reader.accept('=')) {
          value = '';
          while (!reader.done()) value += reader.next().image;
        }
        result = { kind: 'field', isStatic: isStatic || isConst, isConst, type, name, value };
      }
    }
  }
  if (!reader.done()) reader.fail(`unexpected '${reader.peek()?.image ?? EOF.name}'`);
  return result;
}

/** Parses a type written alone: `IReadOnlyDictionary<string, string[]>`. */
export function parseTypeSyntax(text: string): TypeSyntax {
  const reader = new Reader(text);
  const type = readType(reader);
  if (!reader.done()) reader.fail(`unexpected '${reader.peek()?.image}'`);
  return type;
}
