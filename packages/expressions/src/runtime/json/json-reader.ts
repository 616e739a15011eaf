import { convertibleOf, toBoolean, toDecimal, toFloating, toIntegral } from '../text/convert.js';
import { invariantCulture } from '../text/culture-info.js';
import { Decimal } from '../text/decimal.js';
import { invariantNumberFormat } from '../text/number-format-info.js';
import { NumberStyles } from '../text/number-styles.js';
import { tryParseDecimal, tryParseFloat, tryParseIntegral } from '../text/parse-numeric.js';
import { DateTime } from '../time/date-time.js';
import { DateTimeOffset } from '../time/date-time-offset.js';
import { tryParseDateTime, tryParseDateTimeOffset } from '../time/date-time-parsing.js';
import { Boxed } from '../values.js';
import { fromBase64String } from '../web/encoding/base64.js';
import { BigInteger } from './big-integer.js';
import { tryParseNewtonsoftDate } from './date-parse.js';
import { currentString, invariantString } from './invariant-text.js';
import { type ReaderPosition, readerException } from './json-exceptions.js';
import { buildPath, type PathStep } from './json-position.js';
import { boxDouble, isUri, uriText } from './json-values.js';
import { isPrimitiveToken, isStartToken, JsonToken, jsonTokenName } from './token-type.js';

/** `JsonReader.State`. */
export const State = {
  Start: 0,
  Complete: 1,
  Property: 2,
  ObjectStart: 3,
  Object: 4,
  ArrayStart: 5,
  Array: 6,
  Closed: 7,
  PostValue: 8,
  ConstructorStart: 9,
  Constructor: 10,
  Error: 11,
  Finished: 12,
} as const;
export type State = (typeof State)[keyof typeof State];

const stateNames = Object.keys(State);

/** `JsonContainerType`. */
export const ContainerType = { None: 0, Object: 1, Array: 2, Constructor: 3 } as const;
export type ContainerType = (typeof ContainerType)[keyof typeof ContainerType];
const containerNames = Object.keys(ContainerType);

interface Position {
  type: ContainerType;
  position: number;
  propertyName: string | null;
}

const hasIndex = (type: ContainerType) => type === ContainerType.Array || type === ContainerType.Constructor;

function stepOf(position: Position): PathStep {
  return position.type === ContainerType.Object
    ? { kind: 'property', name: position.propertyName ?? '' }
    : { kind: 'index', index: position.position };
}

/** The string forms of `ReadAs*` for reading dates and values (invariant culture, as the reader's `Culture`). */
const culture = invariantCulture();

/**
 * `Newtonsoft.Json.JsonReader`: the state machine shared by the text reader and the token
 * reader. It tracks the containers the reader is in (for `Depth` and `Path`), and implements
 * the `ReadAs*` methods the serializer uses over `Read()`. Values are .NET values in their
 * object forms: `Int64` bigints, `Boxed` doubles, `Decimal`s, `DateTime`s, strings.
 */
export abstract class JsonReader {
  tokenType: JsonToken = JsonToken.None;
  value: unknown = null;
  currentState: State = State.Start;
  #current: Position = { type: ContainerType.None, position: -1, propertyName: null };
  readonly #stack: Position[] = [];
  readonly maxDepth: number | null = 64;
  #hasExceededMaxDepth = false;
  /** `DateParseHandling.DateTime` (true) or `None` (false). */
  dateParseHandling = true;

  /** Advances to the next token; false at the end. */
  abstract read(): boolean;

  /** The reader's line and position, or null when it has none (the token reader). */
  abstract lineInfo(): { line: number; position: number } | null;

  get depth(): number {
    const depth = this.#stack.length;
    if (isStartToken(this.tokenType) || this.#current.type === ContainerType.None) return depth;
    return depth + 1;
  }

  get path(): string {
    if (this.#current.type === ContainerType.None) return '';
    const inside =
      this.currentState !== State.ArrayStart &&
      this.currentState !== State.ConstructorStart &&
      this.currentState !== State.ObjectStart;
    const steps = this.#stack.map(stepOf);
    if (inside) steps.push(stepOf(this.#current));
    return buildPath(steps);
  }

  where(): ReaderPosition {
    const info = this.lineInfo();
    return { path: this.path, line: info?.line ?? null, position: info?.position ?? 0 };
  }

  /** `JsonReaderException.Create(this, message[, innerException])` (the inner exception is not kept). */
  error(message: string, _inner?: unknown): Error {
    return readerException(message, this.where());
  }

  #push(type: ContainerType): void {
    this.#updateScopeWithFinishedValue();
    if (this.#current.type === ContainerType.None) {
      this.#current = { type, position: -1, propertyName: null };
      return;
    }
    this.#stack.push(this.#current);
    this.#current = { type, position: -1, propertyName: null };
    if (this.maxDepth !== null && this.depth + 1 > this.maxDepth && !this.#hasExceededMaxDepth) {
      this.#hasExceededMaxDepth = true;
      throw this.error(`The reader's MaxDepth of ${this.maxDepth} has been exceeded.`);
    }
  }

  #pop(): ContainerType {
    const old = this.#current;
    this.#current = this.#stack.pop() ?? { type: ContainerType.None, position: -1, propertyName: null };
    if (this.maxDepth !== null && this.depth <= this.maxDepth) this.#hasExceededMaxDepth = false;
    return old.type;
  }

  peek(): ContainerType {
    return this.#current.type;
  }

  setToken(token: JsonToken, value: unknown = null, updateIndex = true): void {
    this.tokenType = token;
    this.value = value;
    switch (token) {
      case JsonToken.StartObject:
        this.currentState = State.ObjectStart;
        this.#push(ContainerType.Object);
        break;
      case JsonToken.StartArray:
        this.currentState = State.ArrayStart;
        this.#push(ContainerType.Array);
        break;
      case JsonToken.StartConstructor:
        this.currentState = State.ConstructorStart;
        this.#push(ContainerType.Constructor);
        break;
      case JsonToken.EndObject:
        this.#validateEnd(JsonToken.EndObject);
        break;
      case JsonToken.EndArray:
        this.#validateEnd(JsonToken.EndArray);
        break;
      case JsonToken.EndConstructor:
        this.#validateEnd(JsonToken.EndConstructor);
        break;
      case JsonToken.PropertyName:
        this.currentState = State.Property;
        this.#current.propertyName = value as string;
        break;
      case JsonToken.Undefined:
      case JsonToken.Integer:
      case JsonToken.Float:
      case JsonToken.Boolean:
      case JsonToken.Null:
      case JsonToken.Date:
      case JsonToken.String:
      case JsonToken.Raw:
      case JsonToken.Bytes:
        this.setPostValueState(updateIndex);
        break;
      default:
        break;
    }
  }

  setPostValueState(updateIndex: boolean): void {
    if (this.peek() !== ContainerType.None) this.currentState = State.PostValue;
    else this.currentState = State.Finished;
    if (updateIndex) this.#updateScopeWithFinishedValue();
  }

  #updateScopeWithFinishedValue(): void {
    if (hasIndex(this.#current.type)) this.#current.position++;
  }

  #validateEnd(endToken: JsonToken): void {
    const current = this.#pop();
    const expected =
      endToken === JsonToken.EndObject
        ? ContainerType.Object
        : endToken === JsonToken.EndArray
          ? ContainerType.Array
          : ContainerType.Constructor;
    if (expected !== current) {
      throw this.error(
        `JsonToken ${jsonTokenName(endToken)} is not valid for closing JsonType ${containerNames[current]}.`,
      );
    }
    if (this.peek() !== ContainerType.None) this.currentState = State.PostValue;
    else this.currentState = State.Finished;
  }

  setStateBasedOnCurrent(): void {
    switch (this.peek()) {
      case ContainerType.Object:
        this.currentState = State.Object;
        break;
      case ContainerType.Array:
        this.currentState = State.Array;
        break;
      case ContainerType.Constructor:
        this.currentState = State.Constructor;
        break;
      default:
        this.currentState = State.Finished;
        break;
    }
  }

  unexpectedState(): Error {
    return this.error(`Unexpected state: ${stateNames[this.currentState]}.`);
  }

  unexpectedEnd(): Error {
    return this.error('Unexpected end when reading JSON.');
  }

  /** `Skip()`: past the children of the current token. */
  skip(): void {
    if (this.tokenType === JsonToken.PropertyName) this.read();
    if (isStartToken(this.tokenType)) {
      const depth = this.depth;
      while (this.read() && depth < this.depth) {
        // skip
      }
    }
  }

  moveToContent(): boolean {
    let t = this.tokenType;
    while (t === JsonToken.None || t === JsonToken.Comment) {
      if (!this.read()) return false;
      t = this.tokenType;
    }
    return true;
  }

  readAndMoveToContent(): boolean {
    return this.read() && this.moveToContent();
  }

  #contentToken(): JsonToken {
    let t: JsonToken;
    do {
      if (!this.read()) {
        this.setToken(JsonToken.None);
        return JsonToken.None;
      }
      t = this.tokenType;
    } while (t === JsonToken.Comment);
    return t;
  }

  /** `ReadAsInt32()`: the value as an `int` (a JavaScript number), or null. */
  readAsInt32(): number | null {
    const t = this.#contentToken();
    switch (t) {
      case JsonToken.None:
      case JsonToken.Null:
      case JsonToken.EndArray:
        return null;
      case JsonToken.Integer:
      case JsonToken.Float: {
        const v = this.value;
        if (typeof v === 'number') return v;
        let i: number;
        if (v instanceof BigInteger) i = Number(BigInt.asIntN(32, v.value));
        else {
          try {
            i = Number(toIntegral(convertibleOf(v), 'Int32', invariantNumberFormat));
          } catch (error) {
            throw this.error(`Could not convert to integer: ${currentString(v)}.`, error);
          }
        }
        this.setToken(JsonToken.Integer, i, false);
        return i;
      }
      case JsonToken.String:
        return this.readInt32String(this.value as string | null);
      default:
        throw this.error(`Error reading integer. Unexpected token: ${jsonTokenName(t)}.`);
    }
  }

  readInt32String(s: string | null): number | null {
    if (s === null || s === '') {
      this.setToken(JsonToken.Null, null, false);
      return null;
    }
    const parsed = tryParseIntegral(s, 'Int32', NumberStyles.Integer, invariantNumberFormat);
    if (parsed !== null) {
      this.setToken(JsonToken.Integer, Number(parsed), false);
      return Number(parsed);
    }
    this.setToken(JsonToken.String, s, false);
    throw this.error(`Could not convert string to integer: ${s}.`);
  }

  /** `ReadAsString()`. */
  readAsString(): string | null {
    const t = this.#contentToken();
    switch (t) {
      case JsonToken.None:
      case JsonToken.Null:
      case JsonToken.EndArray:
        return null;
      case JsonToken.String:
        return this.value as string | null;
      default:
        break;
    }
    if (isPrimitiveToken(t) && this.value !== null) {
      const v = this.value;
      const s = isUri(v) ? uriText(v) : invariantString(v);
      this.setToken(JsonToken.String, s, false);
      return s;
    }
    throw this.error(`Error reading string. Unexpected token: ${jsonTokenName(t)}.`);
  }

  /** `ReadAsDouble()`: a `Boxed` double, or null. */
  readAsDouble(): Boxed | null {
    const t = this.#contentToken();
    switch (t) {
      case JsonToken.None:
      case JsonToken.Null:
      case JsonToken.EndArray:
        return null;
      case JsonToken.Integer:
      case JsonToken.Float: {
        const v = this.value;
        if (v instanceof Boxed && v.type.name === 'System.Double') return v;
        const d =
          v instanceof BigInteger ? Number(v.value) : toFloating(convertibleOf(v), invariantNumberFormat);
        const boxed = boxDouble(d);
        this.setToken(JsonToken.Float, boxed, false);
        return boxed;
      }
      case JsonToken.String:
        return this.readDoubleString(this.value as string | null);
      default:
        throw this.error(`Error reading double. Unexpected token: ${jsonTokenName(t)}.`);
    }
  }

  readDoubleString(s: string | null): Boxed | null {
    if (s === null || s === '') {
      this.setToken(JsonToken.Null, null, false);
      return null;
    }
    const d = tryParseFloat(s, NumberStyles.Float | NumberStyles.AllowThousands, invariantNumberFormat);
    if (d !== null) {
      const boxed = boxDouble(d);
      this.setToken(JsonToken.Float, boxed, false);
      return boxed;
    }
    this.setToken(JsonToken.String, s, false);
    throw this.error(`Could not convert string to double: ${s}.`);
  }

  /** `ReadAsBoolean()`. */
  readAsBoolean(): boolean | null {
    const t = this.#contentToken();
    switch (t) {
      case JsonToken.None:
      case JsonToken.Null:
      case JsonToken.EndArray:
        return null;
      case JsonToken.Integer:
      case JsonToken.Float: {
        const v = this.value;
        const b = v instanceof BigInteger ? v.value !== 0n : toBoolean(convertibleOf(v));
        this.setToken(JsonToken.Boolean, b, false);
        return b;
      }
      case JsonToken.String:
        return this.readBooleanString(this.value as string | null);
      case JsonToken.Boolean:
        return this.value as boolean;
      default:
        throw this.error(`Error reading boolean. Unexpected token: ${jsonTokenName(t)}.`);
    }
  }

  readBooleanString(s: string | null): boolean | null {
    if (s === null || s === '') {
      this.setToken(JsonToken.Null, null, false);
      return null;
    }
    const trimmed = s.trim().toLowerCase();
    if (trimmed === 'true' || trimmed === 'false') {
      this.setToken(JsonToken.Boolean, trimmed === 'true', false);
      return trimmed === 'true';
    }
    this.setToken(JsonToken.String, s, false);
    throw this.error(`Could not convert string to boolean: ${s}.`);
  }

  /** `ReadAsDecimal()`. */
  readAsDecimal(): Decimal | null {
    const t = this.#contentToken();
    switch (t) {
      case JsonToken.None:
      case JsonToken.Null:
      case JsonToken.EndArray:
        return null;
      case JsonToken.Integer:
      case JsonToken.Float: {
        const v = this.value;
        if (v instanceof Decimal) return v;
        let d: Decimal;
        try {
          d =
            v instanceof BigInteger
              ? Decimal.fromInteger(v.value)
              : toDecimal(convertibleOf(v), invariantNumberFormat);
        } catch (error) {
          throw this.error(`Could not convert to decimal: ${currentString(v)}.`, error);
        }
        this.setToken(JsonToken.Float, d, false);
        return d;
      }
      case JsonToken.String:
        return this.readDecimalString(this.value as string | null);
      default:
        throw this.error(`Error reading decimal. Unexpected token: ${jsonTokenName(t)}.`);
    }
  }

  readDecimalString(s: string | null): Decimal | null {
    if (s === null || s === '') {
      this.setToken(JsonToken.Null, null, false);
      return null;
    }
    const d =
      tryParseDecimal(s, NumberStyles.Number, invariantNumberFormat) ??
      tryParseDecimal(s, NumberStyles.Float, invariantNumberFormat);
    if (d !== null) {
      this.setToken(JsonToken.Float, d, false);
      return d;
    }
    this.setToken(JsonToken.String, s, false);
    throw this.error(`Could not convert string to decimal: ${s}.`);
  }

  /** `ReadAsDateTime()`. */
  readAsDateTime(): DateTime | null {
    const t = this.#contentToken();
    switch (t) {
      case JsonToken.None:
      case JsonToken.Null:
      case JsonToken.EndArray:
        return null;
      case JsonToken.Date:
        if (this.value instanceof DateTimeOffset)
          this.setToken(JsonToken.Date, this.value.clockDateTime, false);
        return this.value as DateTime;
      case JsonToken.String:
        return this.readDateTimeString(this.value as string | null);
      default:
        throw this.error(`Error reading date. Unexpected token: ${jsonTokenName(this.tokenType)}.`);
    }
  }

  readDateTimeString(s: string | null): DateTime | null {
    if (s === null || s === '') {
      this.setToken(JsonToken.Null, null, false);
      return null;
    }
    const parsed = tryParseNewtonsoftDate(s) ?? tryParseDateTime(s, culture, 128);
    if (parsed !== null) {
      this.setToken(JsonToken.Date, parsed, false);
      return parsed;
    }
    throw this.error(`Could not convert string to DateTime: ${s}.`);
  }

  /** `ReadAsDateTimeOffset()`. */
  readAsDateTimeOffset(): DateTimeOffset | null {
    const t = this.#contentToken();
    switch (t) {
      case JsonToken.None:
      case JsonToken.Null:
      case JsonToken.EndArray:
        return null;
      case JsonToken.Date:
        if (this.value instanceof DateTime)
          this.setToken(JsonToken.Date, DateTimeOffset.fromDateTime(this.value), false);
        return this.value as DateTimeOffset;
      case JsonToken.String: {
        const s = this.value as string | null;
        if (s === null || s === '') {
          this.setToken(JsonToken.Null, null, false);
          return null;
        }
        const parsed = tryParseDateTimeOffset(s, culture, 128);
        if (parsed !== null) {
          this.setToken(JsonToken.Date, parsed, false);
          return parsed;
        }
        this.setToken(JsonToken.String, s, false);
        throw this.error(`Could not convert string to DateTimeOffset: ${s}.`);
      }
      default:
        throw this.error(`Error reading date. Unexpected token: ${jsonTokenName(t)}.`);
    }
  }

  /** `ReadAsBytes()`: base-64 strings (or GUID strings), arrays of integers, null. */
  readAsBytes(): Uint8Array | null {
    const t = this.#contentToken();
    switch (t) {
      case JsonToken.None:
      case JsonToken.Null:
      case JsonToken.EndArray:
        return null;
      case JsonToken.String: {
        const s = this.value as string;
        const data = s.length === 0 ? new Uint8Array(0) : fromBase64String(s);
        this.setToken(JsonToken.Bytes, data, false);
        return data;
      }
      case JsonToken.Bytes:
        return this.value as Uint8Array;
      case JsonToken.StartArray: {
        const buffer: number[] = [];
        for (;;) {
          if (!this.read()) this.setToken(JsonToken.None);
          switch (this.tokenType) {
            case JsonToken.None:
              throw this.error('Unexpected end when reading bytes.');
            case JsonToken.Integer:
              buffer.push(Number(toIntegral(convertibleOf(this.value), 'Byte', invariantNumberFormat)));
              break;
            case JsonToken.EndArray: {
              const data = Uint8Array.from(buffer);
              this.setToken(JsonToken.Bytes, data, false);
              return data;
            }
            case JsonToken.Comment:
              break;
            default:
              throw this.error(`Unexpected token when reading bytes: ${jsonTokenName(this.tokenType)}.`);
          }
        }
      }
      default:
        throw this.error(`Error reading bytes. Unexpected token: ${jsonTokenName(t)}.`);
    }
  }
}
