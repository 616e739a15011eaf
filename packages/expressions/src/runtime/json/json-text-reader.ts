import { Decimal } from '../text/decimal.js';
import { invariantNumberFormat } from '../text/number-format-info.js';
import { NumberStyles } from '../text/number-styles.js';
import { tryParseDecimal } from '../text/parse-numeric.js';
import { isWhiteSpace } from '../text/text-values.js';
import { Boxed } from '../values.js';
import { BigInteger } from './big-integer.js';
import { tryParseNewtonsoftDate } from './date-parse.js';
import { JsonReader, State } from './json-reader.js';
import { boxDouble } from './json-values.js';
import { JsonToken } from './token-type.js';

/** What a value read is for: `Read()` or one of the `ReadAs*` methods. */
enum ReadType {
  Read,
  ReadAsInt32,
  ReadAsString,
  ReadAsDecimal,
  ReadAsDateTime,
  ReadAsDouble,
  ReadAsBoolean,
}

const MAXIMUM_JAVASCRIPT_INTEGER_CHARACTER_LENGTH = 380;
const UNICODE_REPLACEMENT = '\uFFFD';

const isLetterOrDigit = (c: string) => /[\p{L}\p{Nd}]/u.test(c);
const isNumberChar = (c: string) => /\p{N}/u.test(c);
const isDigit = (c: string) => /\p{Nd}/u.test(c);
const isWhite = (c: string) => c.length > 0 && isWhiteSpace(c.charCodeAt(0));

/** `ConvertUtils.Int64TryParse`: an optional minus and ASCII digits. */
function int64TryParse(text: string): { result: 'ok'; value: bigint } | { result: 'invalid' | 'overflow' } {
  if (text.length === 0 || text === '-') return { result: 'invalid' };
  const negative = text[0] === '-';
  const digits = negative ? text.slice(1) : text;
  if (!/^[0-9]+$/.test(digits)) return { result: 'invalid' };
  const value = negative ? -BigInt(digits) : BigInt(digits);
  if (value < -9223372036854775808n || value > 9223372036854775807n) return { result: 'overflow' };
  return { result: 'ok', value };
}

/** `ConvertUtils.Int32TryParse`. */
function int32TryParse(text: string): { result: 'ok'; value: number } | { result: 'invalid' | 'overflow' } {
  const parsed = int64TryParse(text);
  if (parsed.result !== 'ok') return parsed;
  if (parsed.value < -2147483648n || parsed.value > 2147483647n) return { result: 'overflow' };
  return { result: 'ok', value: Number(parsed.value) };
}

/** `ConvertUtils.DoubleTryParse`: JSON number syntax (a leading zero only before `.` or an exponent). */
function doubleTryParse(text: string): { result: 'ok'; value: number } | { result: 'invalid' | 'overflow' } {
  if (!/^-?(0|[0-9]+)(\.[0-9]+)?([eE][+-]?[0-9]*)?$/.test(text)) return { result: 'invalid' };
  if (/^-?0[0-9]/.test(text)) return { result: 'invalid' };
  if (/[eE][+-]?$/.test(text)) return { result: 'invalid' };
  const value = Number(text);
  return Number.isFinite(value) ? { result: 'ok', value } : { result: 'overflow' };
}

/** `Convert.ToInt64(text, 16 | 8)` for the non-decimal numbers Newtonsoft accepts (`0x1F`, `017`). */
function nonDecimal(text: string): bigint | null {
  const hex = /^0[xX]([0-9a-fA-F]+)$/.exec(text);
  const value =
    hex !== null ? BigInt(`0x${hex[1]}`) : /^0[0-7]+$/.test(text) ? BigInt(`0o${text.slice(1)}`) : null;
  if (value === null) return null;
  return value > 0xffffffffffffffffn ? null : BigInt.asIntN(64, value);
}

/**
 * `Newtonsoft.Json.JsonTextReader` over a string: JSON with Newtonsoft's extensions (comments,
 * single-quoted strings, unquoted property names, trailing commas, `NaN`, `Infinity`,
 * `undefined`, `new Date(...)` constructors) and its error messages and positions. A position
 * is the number of characters read on the current line.
 */
export class JsonTextReader extends JsonReader {
  readonly #text: string;
  #pos = 0;
  #lineStart = 0;
  #lineNumber = 1;

  constructor(text: string) {
    super();
    this.#text = text;
  }

  lineInfo(): { line: number; position: number } {
    const position = this.#pos - this.#lineStart;
    const line =
      this.currentState === State.Start && position === 0 && this.tokenType !== JsonToken.Comment
        ? 0
        : this.#lineNumber;
    return { line, position };
  }

  /** The character at an index; `\0` past the end (Newtonsoft's buffer ends with one). */
  #at(index: number): string {
    return index < this.#text.length ? this.#text[index]! : '\0';
  }

  #atEnd(index = this.#pos): boolean {
    return index >= this.#text.length;
  }

  /** `EnsureChars(relative)`: whether the character `relative` places ahead exists. */
  #ensure(relative: number): boolean {
    return this.#pos + relative < this.#text.length;
  }

  #newLine(position: number): void {
    this.#lineNumber++;
    this.#lineStart = position;
  }

  #lineFeed(): void {
    this.#pos++;
    this.#newLine(this.#pos);
  }

  #carriageReturn(): void {
    this.#pos++;
    if (this.#ensure(0) && this.#at(this.#pos) === '\n') this.#pos++;
    this.#newLine(this.#pos);
  }

  unexpectedCharacter(c: string): Error {
    return this.error(`Unexpected character encountered while parsing value: ${c}.`);
  }

  read(): boolean {
    for (;;) {
      switch (this.currentState) {
        case State.Start:
        case State.Property:
        case State.Array:
        case State.ArrayStart:
        case State.Constructor:
        case State.ConstructorStart:
          return this.#parseValue();
        case State.Object:
        case State.ObjectStart:
          return this.#parseObject();
        case State.PostValue:
          if (this.#parsePostValue()) return true;
          break;
        case State.Finished:
          if (this.#ensure(0)) {
            this.#eatWhitespace();
            if (this.#atEnd()) {
              this.setToken(JsonToken.None);
              return false;
            }
            if (this.#at(this.#pos) === '/') {
              this.#parseComment(true);
              return true;
            }
            throw this.error(
              `Additional text encountered after finished reading JSON content: ${this.#at(this.#pos)}.`,
            );
          }
          this.setToken(JsonToken.None);
          return false;
        default:
          throw this.unexpectedState();
      }
    }
  }

  #parsePostValue(): boolean {
    for (;;) {
      const c = this.#at(this.#pos);
      switch (c) {
        case '\0':
          if (this.#atEnd()) {
            this.currentState = State.Finished;
            return false;
          }
          this.#pos++;
          break;
        case '}':
          this.#pos++;
          this.setToken(JsonToken.EndObject);
          return true;
        case ']':
          this.#pos++;
          this.setToken(JsonToken.EndArray);
          return true;
        case ')':
          this.#pos++;
          this.setToken(JsonToken.EndConstructor);
          return true;
        case '/':
          this.#parseComment(true);
          return true;
        case ',':
          this.#pos++;
          this.setStateBasedOnCurrent();
          return false;
        case ' ':
        case '\t':
          this.#pos++;
          break;
        case '\r':
          this.#carriageReturn();
          break;
        case '\n':
          this.#lineFeed();
          break;
        default:
          if (isWhite(c)) this.#pos++;
          else throw this.error(`After parsing a value an unexpected character was encountered: ${c}.`);
          break;
      }
    }
  }

  #parseObject(): boolean {
    for (;;) {
      const c = this.#at(this.#pos);
      switch (c) {
        case '\0':
          if (this.#atEnd()) return false;
          this.#pos++;
          break;
        case '}':
          this.setToken(JsonToken.EndObject);
          this.#pos++;
          return true;
        case '/':
          this.#parseComment(true);
          return true;
        case '\r':
          this.#carriageReturn();
          break;
        case '\n':
          this.#lineFeed();
          break;
        case ' ':
        case '\t':
          this.#pos++;
          break;
        default:
          if (isWhite(c)) this.#pos++;
          else return this.#parseProperty();
          break;
      }
    }
  }

  #validIdentifierChar(c: string): boolean {
    return isLetterOrDigit(c) || c === '_' || c === '$';
  }

  #parseProperty(): boolean {
    const first = this.#at(this.#pos);
    let name: string;
    if (first === '"' || first === "'") {
      this.#pos++;
      name = this.#readString(first);
    } else if (this.#validIdentifierChar(first)) {
      name = this.#parseUnquotedProperty();
    } else {
      throw this.error(`Invalid property identifier character: ${first}.`);
    }
    this.#eatWhitespace();
    if (this.#at(this.#pos) !== ':') {
      throw this.error(
        `Invalid character after parsing property name. Expected ':' but got: ${this.#at(this.#pos)}.`,
      );
    }
    this.#pos++;
    this.setToken(JsonToken.PropertyName, name);
    return true;
  }

  #parseUnquotedProperty(): string {
    const start = this.#pos;
    for (;;) {
      const c = this.#at(this.#pos);
      if (c === '\0') {
        if (this.#atEnd()) throw this.error('Unexpected end while parsing unquoted property name.');
        return this.#text.slice(start, this.#pos);
      }
      if (this.#validIdentifierChar(c)) {
        this.#pos++;
        continue;
      }
      if (isWhite(c) || c === ':') return this.#text.slice(start, this.#pos);
      throw this.error(`Invalid JavaScript property identifier character: ${c}.`);
    }
  }

  #parseValue(): boolean {
    for (;;) {
      const c = this.#at(this.#pos);
      switch (c) {
        case '\0':
          if (this.#atEnd()) return false;
          this.#pos++;
          break;
        case '"':
        case "'":
          this.#parseString(c, ReadType.Read);
          return true;
        case 't':
          this.#parseLiteral('true', JsonToken.Boolean, true, 'Error parsing boolean value.');
          return true;
        case 'f':
          this.#parseLiteral('false', JsonToken.Boolean, false, 'Error parsing boolean value.');
          return true;
        case 'n':
          if (this.#ensure(1)) {
            const next = this.#at(this.#pos + 1);
            if (next === 'u') this.#parseLiteral('null', JsonToken.Null, null, 'Error parsing null value.');
            else if (next === 'e') this.#parseConstructor();
            else throw this.unexpectedCharacter(this.#at(this.#pos));
          } else {
            this.#pos++;
            throw this.unexpectedEnd();
          }
          return true;
        case 'N':
          this.#parseSpecial('NaN', Number.NaN, ReadType.Read);
          return true;
        case 'I':
          this.#parseSpecial('Infinity', Number.POSITIVE_INFINITY, ReadType.Read);
          return true;
        case '-':
          if (this.#ensure(1) && this.#at(this.#pos + 1) === 'I') {
            this.#parseSpecial('-Infinity', Number.NEGATIVE_INFINITY, ReadType.Read);
          } else this.#parseNumber(ReadType.Read);
          return true;
        case '/':
          this.#parseComment(true);
          return true;
        case 'u':
          this.#parseLiteral('undefined', JsonToken.Undefined, null, 'Error parsing undefined value.');
          return true;
        case '{':
          this.#pos++;
          this.setToken(JsonToken.StartObject);
          return true;
        case '[':
          this.#pos++;
          this.setToken(JsonToken.StartArray);
          return true;
        case ']':
          this.#pos++;
          this.setToken(JsonToken.EndArray);
          return true;
        case ',':
          // An empty value between commas reads as undefined (the comma is read next time).
          this.setToken(JsonToken.Undefined);
          return true;
        case ')':
          this.#pos++;
          this.setToken(JsonToken.EndConstructor);
          return true;
        case '\r':
          this.#carriageReturn();
          break;
        case '\n':
          this.#lineFeed();
          break;
        case ' ':
        case '\t':
          this.#pos++;
          break;
        default:
          if (isWhite(c)) {
            this.#pos++;
            break;
          }
          if (isNumberChar(c) || c === '-' || c === '.') {
            this.#parseNumber(ReadType.Read);
            return true;
          }
          throw this.unexpectedCharacter(c);
      }
    }
  }

  #eatWhitespace(): void {
    for (;;) {
      const c = this.#at(this.#pos);
      if (c === '\0') {
        if (this.#atEnd()) return;
        this.#pos++;
      } else if (c === '\r') this.#carriageReturn();
      else if (c === '\n') this.#lineFeed();
      else if (c === ' ' || isWhite(c)) this.#pos++;
      else return;
    }
  }

  /** `MatchValue`: the literal at the current position (an error at the end of the text). */
  #matchValue(value: string): boolean {
    if (!this.#ensure(value.length - 1)) {
      this.#pos = this.#text.length;
      throw this.unexpectedEnd();
    }
    for (let i = 0; i < value.length; i++) {
      if (this.#at(this.#pos + i) !== value[i]) {
        this.#pos += i;
        return false;
      }
    }
    this.#pos += value.length;
    return true;
  }

  #isSeparator(c: string): boolean {
    switch (c) {
      case '}':
      case ']':
      case ',':
        return true;
      case '/': {
        if (!this.#ensure(1)) return false;
        const next = this.#at(this.#pos + 1);
        return next === '*' || next === '/';
      }
      case ')':
        return this.currentState === State.Constructor || this.currentState === State.ConstructorStart;
      case ' ':
      case '\t':
      case '\n':
      case '\r':
        return true;
      default:
        return isWhite(c);
    }
  }

  #matchValueWithTrailingSeparator(value: string): boolean {
    if (!this.#matchValue(value)) return false;
    if (!this.#ensure(0)) return true;
    return this.#isSeparator(this.#at(this.#pos)) || this.#at(this.#pos) === '\0';
  }

  #parseLiteral(text: string, token: JsonToken, value: unknown, message: string): void {
    if (this.#matchValueWithTrailingSeparator(text)) this.setToken(token, value);
    else throw this.error(message);
  }

  #parseSpecial(text: string, value: number, readType: ReadType): unknown {
    const name = text === 'NaN' ? 'NaN' : text === 'Infinity' ? 'Infinity' : '-Infinity';
    if (this.#matchValueWithTrailingSeparator(text)) {
      switch (readType) {
        case ReadType.Read:
        case ReadType.ReadAsDouble: {
          const boxed = boxDouble(value);
          this.setToken(JsonToken.Float, boxed);
          return boxed;
        }
        case ReadType.ReadAsString:
          this.setToken(JsonToken.String, text);
          return text;
        default:
          throw this.error(`Cannot read ${name} value.`);
      }
    }
    throw this.error(`Error parsing ${name} value.`);
  }

  #parseConstructor(): void {
    if (!this.#matchValueWithTrailingSeparator('new'))
      throw this.error('Unexpected content while parsing JSON.');
    this.#eatWhitespace();
    const start = this.#pos;
    let end: number;
    for (;;) {
      const c = this.#at(this.#pos);
      if (c === '\0') {
        if (this.#atEnd()) throw this.error('Unexpected end while parsing constructor.');
        end = this.#pos;
        this.#pos++;
        break;
      }
      if (isLetterOrDigit(c)) this.#pos++;
      else if (c === '\r') {
        end = this.#pos;
        this.#carriageReturn();
        break;
      } else if (c === '\n') {
        end = this.#pos;
        this.#lineFeed();
        break;
      } else if (isWhite(c)) {
        end = this.#pos;
        this.#pos++;
        break;
      } else if (c === '(') {
        end = this.#pos;
        break;
      } else throw this.error(`Unexpected character while parsing constructor: ${c}.`);
    }
    const name = this.#text.slice(start, end);
    this.#eatWhitespace();
    if (this.#at(this.#pos) !== '(') {
      throw this.error(`Unexpected character while parsing constructor: ${this.#at(this.#pos)}.`);
    }
    this.#pos++;
    this.setToken(JsonToken.StartConstructor, name);
  }

  #parseComment(setToken: boolean): void {
    this.#pos++;
    if (!this.#ensure(1)) throw this.error('Unexpected end while parsing comment.');
    let singleLine: boolean;
    const kind = this.#at(this.#pos);
    if (kind === '*') singleLine = false;
    else if (kind === '/') singleLine = true;
    else throw this.error(`Error parsing comment. Expected: *, got ${kind}.`);
    this.#pos++;
    const start = this.#pos;
    for (;;) {
      const c = this.#at(this.#pos);
      switch (c) {
        case '\0':
          if (this.#atEnd()) {
            if (!singleLine) throw this.error('Unexpected end while parsing comment.');
            this.#endComment(setToken, start, this.#pos);
            return;
          }
          this.#pos++;
          break;
        case '*':
          this.#pos++;
          if (!singleLine && this.#ensure(0) && this.#at(this.#pos) === '/') {
            this.#endComment(setToken, start, this.#pos - 1);
            this.#pos++;
            return;
          }
          break;
        case '\r':
          if (singleLine) {
            this.#endComment(setToken, start, this.#pos);
            return;
          }
          this.#carriageReturn();
          break;
        case '\n':
          if (singleLine) {
            this.#endComment(setToken, start, this.#pos);
            return;
          }
          this.#lineFeed();
          break;
        default:
          this.#pos++;
          break;
      }
    }
  }

  #endComment(setToken: boolean, start: number, end: number): void {
    if (setToken) this.setToken(JsonToken.Comment, this.#text.slice(start, end));
  }

  /** `ReadStringIntoBuffer`: the characters up to the closing quote, escapes resolved. */
  #readString(quote: string): string {
    let out = '';
    let last = this.#pos;
    let pos = this.#pos;
    for (;;) {
      const c = this.#at(pos++);
      switch (c) {
        case '\0':
          if (pos - 1 >= this.#text.length) {
            this.#pos = pos - 1;
            throw this.error(`Unterminated string. Expected delimiter: ${quote}.`);
          }
          break;
        case '\\': {
          this.#pos = pos;
          if (!this.#ensure(0)) throw this.error(`Unterminated string. Expected delimiter: ${quote}.`);
          const escapeStart = pos - 1;
          const escaped = this.#at(pos);
          pos++;
          let write: string;
          switch (escaped) {
            case 'b':
              write = '\b';
              break;
            case 't':
              write = '\t';
              break;
            case 'n':
              write = '\n';
              break;
            case 'f':
              write = '\f';
              break;
            case 'r':
              write = '\r';
              break;
            case '\\':
              write = '\\';
              break;
            case '"':
            case "'":
            case '/':
              write = escaped;
              break;
            case 'u': {
              this.#pos = pos;
              write = this.#parseUnicode();
              const code = write.charCodeAt(0);
              if (code >= 0xdc00 && code <= 0xdfff) write = UNICODE_REPLACEMENT;
              else if (code >= 0xd800 && code <= 0xdbff) {
                let another: boolean;
                do {
                  another = false;
                  if (this.#ensure(2) && this.#at(this.#pos) === '\\' && this.#at(this.#pos + 1) === 'u') {
                    let high = write;
                    this.#pos += 2;
                    write = this.#parseUnicode();
                    const next = write.charCodeAt(0);
                    if (next >= 0xdc00 && next <= 0xdfff) {
                      // a valid surrogate pair
                    } else if (next >= 0xd800 && next <= 0xdbff) {
                      high = UNICODE_REPLACEMENT;
                      another = true;
                    } else high = UNICODE_REPLACEMENT;
                    out += this.#text.slice(last, escapeStart) + high;
                    last = this.#pos;
                  } else write = UNICODE_REPLACEMENT;
                } while (another);
              }
              pos = this.#pos;
              break;
            }
            default:
              this.#pos = pos;
              throw this.error(`Bad JSON escape sequence: \\${escaped}.`);
          }
          // (when a high surrogate was written, `last` is past `escapeStart` and nothing is copied)
          out += this.#text.slice(last, escapeStart) + write;
          last = pos;
          break;
        }
        case '\r':
          this.#pos = pos - 1;
          this.#carriageReturn();
          pos = this.#pos;
          break;
        case '\n':
          this.#pos = pos - 1;
          this.#lineFeed();
          pos = this.#pos;
          break;
        case '"':
        case "'":
          if (c === quote) {
            out += this.#text.slice(last, pos - 1);
            this.#pos = pos;
            return out;
          }
          break;
        default:
          break;
      }
    }
  }

  #parseUnicode(): string {
    if (!this.#ensure(4 - 1)) throw this.error('Unexpected end while parsing Unicode escape sequence.');
    const hex = this.#text.slice(this.#pos, this.#pos + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw this.error(`Invalid Unicode escape sequence: \\u${hex}.`);
    this.#pos += 4;
    return String.fromCharCode(Number.parseInt(hex, 16));
  }

  #parseString(quote: string, readType: ReadType): unknown {
    this.#pos++;
    const text = this.#readString(quote);
    this.setPostValueState(true);
    switch (readType) {
      case ReadType.ReadAsString:
        this.setToken(JsonToken.String, text, false);
        return text;
      case ReadType.ReadAsInt32:
      case ReadType.ReadAsDecimal:
      case ReadType.ReadAsBoolean:
      case ReadType.ReadAsDouble:
        this.value = text;
        return text;
      default:
        if (this.dateParseHandling || readType === ReadType.ReadAsDateTime) {
          const date = tryParseNewtonsoftDate(text);
          if (date !== null) {
            this.setToken(JsonToken.Date, date, false);
            return date;
          }
        }
        this.setToken(JsonToken.String, text, false);
        return text;
    }
  }

  /** `ReadNumberIntoBuffer`: the characters of a number, up to a separator. */
  #readNumberText(): string {
    const start = this.#pos;
    let pos = this.#pos;
    for (;;) {
      const c = this.#at(pos);
      if (c === '\0' && pos >= this.#text.length) {
        this.#pos = pos;
        return this.#text.slice(start, pos);
      }
      if (/[-+a-fA-FxX.0-9]/.test(c) && c !== '\0') {
        pos++;
        continue;
      }
      this.#pos = pos;
      if (c === '\0' || isWhite(c) || c === ',' || c === '}' || c === ']' || c === ')' || c === '/') {
        return this.#text.slice(start, pos);
      }
      throw this.error(`Unexpected character encountered while parsing number: ${c}.`);
    }
  }

  /** `ThrowReaderError`: the reader moves on as if the bad value were undefined. */
  #numberError(message: string): Error {
    this.setToken(JsonToken.Undefined, null, false);
    return this.error(message);
  }

  #parseNumber(readType: ReadType): unknown {
    const first = this.#at(this.#pos);
    const number = this.#readNumberText();
    this.setPostValueState(true);
    const singleDigit = isDigit(first) && number.length === 1;
    const nonBase10 = first === '0' && number.length > 1 && !['.', 'e', 'E'].includes(number[1]!);
    let value: unknown;
    let token: JsonToken;
    switch (readType) {
      case ReadType.ReadAsString: {
        if (nonBase10) {
          if (nonDecimal(number) === null)
            throw this.#numberError(`Input string '${number}' is not a valid number.`);
        } else if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(number)) {
          throw this.#numberError(`Input string '${number}' is not a valid number.`);
        }
        token = JsonToken.String;
        value = number;
        break;
      }
      case ReadType.ReadAsInt32: {
        if (singleDigit) value = first.charCodeAt(0) - 48;
        else if (nonBase10) {
          const parsed = nonDecimal(number);
          if (parsed === null || parsed < -2147483648n || parsed > 2147483647n) {
            throw this.#numberError(`Input string '${number}' is not a valid integer.`);
          }
          value = Number(parsed);
        } else {
          const parsed = int32TryParse(number);
          if (parsed.result === 'ok') value = parsed.value;
          else if (parsed.result === 'overflow') {
            throw this.#numberError(`JSON integer ${number} is too large or small for an Int32.`);
          } else throw this.#numberError(`Input string '${number}' is not a valid integer.`);
        }
        token = JsonToken.Integer;
        break;
      }
      case ReadType.ReadAsDecimal: {
        if (singleDigit) value = Decimal.fromInteger(first.charCodeAt(0) - 48);
        else if (nonBase10) {
          const parsed = nonDecimal(number);
          if (parsed === null) throw this.#numberError(`Input string '${number}' is not a valid decimal.`);
          value = Decimal.fromInteger(parsed);
        } else {
          const parsed =
            doubleTryParse(number).result === 'invalid'
              ? null
              : tryParseDecimal(number, NumberStyles.Float, invariantNumberFormat);
          if (parsed === null) throw this.#numberError(`Input string '${number}' is not a valid decimal.`);
          value = parsed;
        }
        token = JsonToken.Float;
        break;
      }
      case ReadType.ReadAsDouble: {
        if (singleDigit) value = boxDouble(first.charCodeAt(0) - 48);
        else if (nonBase10) {
          const parsed = nonDecimal(number);
          if (parsed === null) throw this.#numberError(`Input string '${number}' is not a valid double.`);
          value = boxDouble(Number(parsed));
        } else {
          const parsed = doubleTryParse(number);
          if (parsed.result !== 'ok')
            throw this.#numberError(`Input string '${number}' is not a valid double.`);
          value = boxDouble(parsed.value);
        }
        token = JsonToken.Float;
        break;
      }
      default: {
        if (singleDigit) {
          value = BigInt(first.charCodeAt(0) - 48);
          token = JsonToken.Integer;
        } else if (nonBase10) {
          const parsed = nonDecimal(number);
          if (parsed === null) throw this.#numberError(`Input string '${number}' is not a valid number.`);
          value = parsed;
          token = JsonToken.Integer;
        } else {
          const parsed = int64TryParse(number);
          if (parsed.result === 'ok') {
            value = parsed.value;
            token = JsonToken.Integer;
          } else if (parsed.result === 'overflow') {
            if (number.length > MAXIMUM_JAVASCRIPT_INTEGER_CHARACTER_LENGTH) {
              throw this.#numberError(`JSON integer ${number} is too large to parse.`);
            }
            value = new BigInteger(BigInt(number));
            token = JsonToken.Integer;
          } else {
            const d = doubleTryParse(number);
            if (d.result !== 'ok') throw this.#numberError(`Input string '${number}' is not a valid number.`);
            value = boxDouble(d.value);
            token = JsonToken.Float;
          }
        }
        break;
      }
    }
    this.setToken(token, value, false);
    return value;
  }

  /** The start of `ReadAs*`: skips separators and comments; `handle` reads the value itself. */
  #readValueFor(handle: (c: string) => { done: true; value: unknown } | null): unknown {
    switch (this.currentState) {
      case State.Start:
      case State.Property:
      case State.Array:
      case State.ArrayStart:
      case State.Constructor:
      case State.ConstructorStart:
      case State.PostValue:
        for (;;) {
          const c = this.#at(this.#pos);
          switch (c) {
            case '\0':
              if (this.#atEnd()) {
                this.setToken(JsonToken.None, null, false);
                return null;
              }
              this.#pos++;
              break;
            case 'n':
              this.#handleNull();
              return null;
            case '/':
              this.#parseComment(false);
              break;
            case ',':
              this.#pos++;
              if (this.currentState !== State.PostValue) {
                this.setToken(JsonToken.Undefined);
                throw this.unexpectedCharacter(',');
              }
              this.setStateBasedOnCurrent();
              break;
            case ']':
              this.#pos++;
              if (
                this.currentState === State.Array ||
                this.currentState === State.ArrayStart ||
                this.currentState === State.PostValue
              ) {
                this.setToken(JsonToken.EndArray);
                return null;
              }
              throw this.unexpectedCharacter(c);
            case '\r':
              this.#carriageReturn();
              break;
            case '\n':
              this.#lineFeed();
              break;
            case ' ':
            case '\t':
              this.#pos++;
              break;
            default: {
              const handled = handle(c);
              if (handled !== null) return handled.value;
              this.#pos++;
              if (!isWhite(c)) throw this.unexpectedCharacter(c);
              break;
            }
          }
        }
      case State.Finished:
        this.#readFinished();
        return null;
      default:
        throw this.unexpectedState();
    }
  }

  #handleNull(): void {
    if (this.#ensure(1)) {
      if (this.#at(this.#pos + 1) === 'u') {
        this.#parseLiteral('null', JsonToken.Null, null, 'Error parsing null value.');
        return;
      }
      this.#pos += 2;
      throw this.unexpectedCharacter(this.#at(this.#pos - 1));
    }
    this.#pos = this.#text.length;
    throw this.unexpectedEnd();
  }

  #readFinished(): void {
    if (this.#ensure(0)) {
      this.#eatWhitespace();
      if (this.#atEnd()) return;
      if (this.#at(this.#pos) === '/') this.#parseComment(false);
      else
        throw this.error(
          `Additional text encountered after finished reading JSON content: ${this.#at(this.#pos)}.`,
        );
    }
    this.setToken(JsonToken.None);
  }

  /** `ReadNumberValue`: numbers (and numeric strings) for `ReadAsInt32`, `ReadAsDecimal`, `ReadAsDouble`. */
  #readNumberValue(readType: ReadType.ReadAsInt32 | ReadType.ReadAsDecimal | ReadType.ReadAsDouble): unknown {
    return this.#readValueFor((c) => {
      switch (c) {
        case '"':
        case "'": {
          const text = this.#parseString(c, readType) as string;
          if (readType === ReadType.ReadAsInt32) return { done: true, value: this.readInt32String(text) };
          if (readType === ReadType.ReadAsDecimal) return { done: true, value: this.readDecimalString(text) };
          return { done: true, value: this.readDoubleString(text) };
        }
        case 'N':
          return { done: true, value: this.#parseSpecial('NaN', Number.NaN, readType) };
        case 'I':
          return { done: true, value: this.#parseSpecial('Infinity', Number.POSITIVE_INFINITY, readType) };
        case '-':
          if (this.#ensure(1) && this.#at(this.#pos + 1) === 'I') {
            return { done: true, value: this.#parseSpecial('-Infinity', Number.NEGATIVE_INFINITY, readType) };
          }
          return { done: true, value: this.#parseNumber(readType) };
        default:
          if (c === '.' || (c >= '0' && c <= '9')) return { done: true, value: this.#parseNumber(readType) };
          return null;
      }
    });
  }

  override readAsInt32(): number | null {
    return this.#readNumberValue(ReadType.ReadAsInt32) as number | null;
  }

  override readAsDecimal(): Decimal | null {
    return this.#readNumberValue(ReadType.ReadAsDecimal) as Decimal | null;
  }

  override readAsDouble(): Boxed | null {
    return this.#readNumberValue(ReadType.ReadAsDouble) as Boxed | null;
  }

  /** `ReadStringValue` for `ReadAsString` and `ReadAsDateTime`. */
  #readStringValue(readType: ReadType.ReadAsString | ReadType.ReadAsDateTime): unknown {
    return this.#readValueFor((c) => {
      switch (c) {
        case '"':
        case "'": {
          const value = this.#parseString(c, readType);
          if (readType === ReadType.ReadAsString) return { done: true, value };
          if (this.tokenType === JsonToken.Date) return { done: true, value };
          return { done: true, value: this.readDateTimeString(value as string) };
        }
        case '-':
          if (this.#ensure(1) && this.#at(this.#pos + 1) === 'I') {
            return { done: true, value: this.#parseSpecial('-Infinity', Number.NEGATIVE_INFINITY, readType) };
          }
          if (readType !== ReadType.ReadAsString) {
            this.#pos++;
            throw this.unexpectedCharacter(c);
          }
          return { done: true, value: this.#parseNumber(readType) };
        case 't':
        case 'f': {
          if (readType !== ReadType.ReadAsString) {
            this.#pos++;
            throw this.unexpectedCharacter(c);
          }
          const expected = c === 't' ? 'true' : 'false';
          if (!this.#matchValueWithTrailingSeparator(expected))
            throw this.unexpectedCharacter(this.#at(this.#pos));
          this.setToken(JsonToken.String, expected);
          return { done: true, value: expected };
        }
        case 'I':
          return { done: true, value: this.#parseSpecial('Infinity', Number.POSITIVE_INFINITY, readType) };
        case 'N':
          return { done: true, value: this.#parseSpecial('NaN', Number.NaN, readType) };
        default:
          if (c === '.' || (c >= '0' && c <= '9')) {
            if (readType !== ReadType.ReadAsString) {
              this.#pos++;
              throw this.unexpectedCharacter(c);
            }
            return { done: true, value: this.#parseNumber(readType) };
          }
          return null;
      }
    });
  }

  override readAsString(): string | null {
    return this.#readStringValue(ReadType.ReadAsString) as string | null;
  }

  override readAsDateTime(): import('../time/date-time.js').DateTime | null {
    return this.#readStringValue(ReadType.ReadAsDateTime) as import('../time/date-time.js').DateTime | null;
  }

  /** `ReadAsBoolean()`. */
  override readAsBoolean(): boolean | null {
    return this.#readValueFor((c) => {
      switch (c) {
        case '"':
        case "'": {
          const text = this.#parseString(c, ReadType.Read);
          return {
            done: true,
            value: this.readBooleanString(typeof text === 'string' ? text : String(text)),
          };
        }
        case 't':
        case 'f': {
          const isTrue = c === 't';
          if (!this.#matchValueWithTrailingSeparator(isTrue ? 'true' : 'false')) {
            throw this.unexpectedCharacter(this.#at(this.#pos));
          }
          this.setToken(JsonToken.Boolean, isTrue);
          return { done: true, value: isTrue };
        }
        default:
          if (c === '-' || c === '.' || (c >= '0' && c <= '9')) {
            const number = this.#parseNumber(ReadType.Read);
            const b =
              number instanceof BigInteger
                ? number.value !== 0n
                : number instanceof Boxed
                  ? (number.value as number) !== 0
                  : number !== 0n;
            this.setToken(JsonToken.Boolean, b, false);
            return { done: true, value: b };
          }
          return null;
      }
    }) as boolean | null;
  }
}
