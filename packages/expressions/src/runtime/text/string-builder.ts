import { environment } from '../environment.js';
import { argument, argumentNull, argumentOutOfRange, indexOutOfRange } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';

const INDEX = 'Index was out of range. Must be non-negative and less than the size of the collection.';

/** `Environment.NewLine` of the gateway: Windows (`\r\n`) for .NET Framework, Linux (`\n`) for modern .NET. */
export function newLine(): string {
  return environment().dotnet === 'framework' ? '\r\n' : '\n';
}

/**
 * `System.Text.StringBuilder`. The text is one JavaScript string (appends are cheap in modern
 * engines). `Capacity` follows .NET's doubling from 16 closely enough for policies, which only
 * read it; .NET's chunked growth is not reproduced exactly.
 */
export class StringBuilder {
  static readonly [DOTNET_TYPE] = 'System.Text.StringBuilder';

  #value: string;
  #capacity: number;
  readonly #maxCapacity: number;

  constructor(value = '', capacity = 16, maxCapacity = 0x7fffffff) {
    if (capacity < 0) throw argumentOutOfRange('capacity', "'capacity' must be greater than zero.");
    if (maxCapacity < 1) throw argumentOutOfRange('maxCapacity', 'MaxCapacity must be one or greater.');
    if (capacity > maxCapacity) throw argumentOutOfRange('capacity', 'Capacity exceeds maximum capacity.');
    this.#value = value;
    this.#capacity = Math.max(capacity === 0 ? 16 : capacity, value.length);
    this.#maxCapacity = maxCapacity;
  }

  #grow(length: number): void {
    if (length > this.#maxCapacity) {
      throw argumentOutOfRange('requiredLength', 'Capacity exceeds maximum capacity.');
    }
    while (this.#capacity < length)
      this.#capacity = Math.min(Math.max(this.#capacity * 2, 16), this.#maxCapacity);
  }

  /** `MaxCapacity`: the most characters the builder may hold. */
  get MaxCapacity(): number {
    return this.#maxCapacity;
  }

  get Length(): number {
    return this.#value.length;
  }

  set Length(value: number) {
    if (value < 0) throw argumentOutOfRange('value', 'Length cannot be less than zero.');
    this.#grow(value);
    this.#value = value <= this.#value.length ? this.#value.slice(0, value) : this.#value.padEnd(value, '\0');
  }

  get Capacity(): number {
    return this.#capacity;
  }

  set Capacity(value: number) {
    if (value < 0) throw argumentOutOfRange('value', 'Capacity must be positive.');
    if (value < this.#value.length)
      throw argumentOutOfRange('value', 'capacity was less than the current size.');
    this.#capacity = value;
  }

  EnsureCapacity(capacity: number): number {
    if (capacity < 0) throw argumentOutOfRange('capacity', 'Capacity must be positive.');
    if (this.#capacity < capacity) this.#capacity = capacity;
    return this.#capacity;
  }

  /** The indexer's getter: .NET Framework throws `IndexOutOfRangeException`, modern .NET `ArgumentOutOfRangeException`. */
  getChar(index: number): number {
    if (index < 0 || index >= this.#value.length) {
      if (environment().dotnet === 'framework') throw indexOutOfRange();
      throw argumentOutOfRange('index', INDEX);
    }
    return this.#value.charCodeAt(index);
  }

  setChar(value: number, index: number): void {
    if (index < 0 || index >= this.#value.length) throw argumentOutOfRange('index', INDEX);
    this.#value = this.#value.slice(0, index) + String.fromCharCode(value) + this.#value.slice(index + 1);
  }

  /** Appends text already converted to a string. */
  append(text: string): this {
    this.#grow(this.#value.length + text.length);
    this.#value += text;
    return this;
  }

  /** `Append(string value, int startIndex, int count)` and the `char[]` overload's checks. */
  appendRange(text: string | null, startIndex: number, count: number): this {
    if (startIndex < 0) throw argumentOutOfRange('startIndex', 'Non-negative number required.');
    if (count < 0) throw argumentOutOfRange('count', 'Non-negative number required.');
    if (text === null) {
      if (startIndex === 0 && count === 0) return this;
      throw argumentNull('value');
    }
    if (count > text.length - startIndex) throw argumentOutOfRange('count', INDEX);
    return this.append(text.substr(startIndex, count));
  }

  /** `Append(char value, int repeatCount)`. */
  appendRepeated(code: number, repeatCount: number): this {
    if (repeatCount < 0) throw argumentOutOfRange('repeatCount', 'Count cannot be less than zero.');
    return this.append(String.fromCharCode(code).repeat(repeatCount));
  }

  AppendLine(value: string | null = null): this {
    return this.append((value ?? '') + newLine());
  }

  /** `Insert(int index, string value, int count = 1)`. */
  insert(index: number, text: string | null, count = 1): this {
    if (count < 0) throw argumentOutOfRange('count', 'Non-negative number required.');
    if (index < 0 || index > this.#value.length) throw argumentOutOfRange('index', INDEX);
    if (text === null || text.length === 0 || count === 0) return this;
    const inserted = text.repeat(count);
    this.#grow(this.#value.length + inserted.length);
    this.#value = this.#value.slice(0, index) + inserted + this.#value.slice(index);
    return this;
  }

  Remove(startIndex: number, length: number): this {
    if (length < 0) throw argumentOutOfRange('length', 'Length cannot be less than zero.');
    if (startIndex < 0) throw argumentOutOfRange('startIndex', 'StartIndex cannot be less than zero.');
    if (length > this.#value.length - startIndex) {
      throw argumentOutOfRange(environment().dotnet === 'framework' ? 'index' : 'length', INDEX);
    }
    this.#value = this.#value.slice(0, startIndex) + this.#value.slice(startIndex + length);
    return this;
  }

  #range(startIndex: number, count: number): void {
    const length = this.#value.length;
    if (startIndex < 0 || startIndex > length) throw argumentOutOfRange('startIndex', INDEX);
    if (count < 0 || startIndex > length - count) throw argumentOutOfRange('count', INDEX);
  }

  /** `Replace(string oldValue, string newValue, int startIndex, int count)`. */
  replace(
    oldValue: string | null,
    newValue: string | null,
    startIndex = 0,
    count = this.#value.length - startIndex,
  ): this {
    this.#range(startIndex, count);
    if (oldValue === null) throw argumentNull('oldValue');
    if (oldValue.length === 0) throw argument('Empty name is not legal.', 'oldValue');
    const before = this.#value.slice(0, startIndex);
    const middle = this.#value.slice(startIndex, startIndex + count);
    const after = this.#value.slice(startIndex + count);
    this.#value = before + middle.split(oldValue).join(newValue ?? '') + after;
    this.#grow(this.#value.length);
    return this;
  }

  /** `Replace(char oldChar, char newChar, int startIndex, int count)`. */
  replaceChar(
    oldChar: number,
    newChar: number,
    startIndex = 0,
    count = this.#value.length - startIndex,
  ): this {
    this.#range(startIndex, count);
    const middle = this.#value.slice(startIndex, startIndex + count);
    const replaced = middle.split(String.fromCharCode(oldChar)).join(String.fromCharCode(newChar));
    this.#value = this.#value.slice(0, startIndex) + replaced + this.#value.slice(startIndex + count);
    return this;
  }

  Clear(): this {
    this.#value = '';
    return this;
  }

  ToString(): string {
    return this.#value;
  }

  /** `ToString(int startIndex, int length)`. */
  slice(startIndex: number, length: number): string {
    if (startIndex < 0) throw argumentOutOfRange('startIndex', 'StartIndex cannot be less than zero.');
    if (startIndex > this.#value.length) {
      throw argumentOutOfRange('startIndex', 'startIndex cannot be larger than length of string.');
    }
    if (length < 0) throw argumentOutOfRange('length', 'Length cannot be less than zero.');
    if (startIndex > this.#value.length - length) {
      throw argumentOutOfRange('length', 'Index and length must refer to a location within the string.');
    }
    return this.#value.substr(startIndex, length);
  }

  /**
   * `Equals(StringBuilder sb)`: .NET Framework also compares capacities; modern .NET only the
   * text. (`Equals(object)` is reference equality, as the class defines no `Equals`.)
   */
  sameAs(other: StringBuilder | null): boolean {
    if (other === null) return false;
    if (
      environment().dotnet === 'framework' &&
      (other.#capacity !== this.#capacity || other.#maxCapacity !== this.#maxCapacity)
    ) {
      return false;
    }
    return other.#value === this.#value;
  }
}
