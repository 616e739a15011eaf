/**
 * Generated JavaScript is built only through `js` templates: every interpolated value is either
 * a `Code` fragment (built the same way) or a data value escaped as a JavaScript literal. Text
 * from a policy can therefore only ever become a string literal, never code.
 */
export class Code {
  /** Only this module creates code from raw text. */
  private constructor(readonly text: string) {}

  /** @internal For the template and the vetted constructors below. */
  static unsafe(text: string): Code {
    return new Code(text);
  }

  toString(): string {
    return this.text;
  }
}

/** A value a template may interpolate. */
export type Interpolation = Code | string | number | bigint | boolean | null | readonly Code[];

/** A JavaScript literal for a data value. */
export function literal(value: string | number | bigint | boolean | null): Code {
  switch (typeof value) {
    case 'string':
      // JSON.stringify escapes quotes, backslashes and control characters; U+2028/2029 are
      // valid in string literals since ES2019.
      return Code.unsafe(JSON.stringify(value));
    case 'number':
      if (Number.isNaN(value)) return Code.unsafe('NaN');
      if (value === Number.POSITIVE_INFINITY) return Code.unsafe('Infinity');
      if (value === Number.NEGATIVE_INFINITY) return Code.unsafe('-Infinity');
      if (Object.is(value, -0)) return Code.unsafe('-0');
      return Code.unsafe(value < 0 ? `(${String(value)})` : String(value));
    case 'bigint':
      return Code.unsafe(value < 0n ? `(${value}n)` : `${value}n`);
    case 'boolean':
      return Code.unsafe(value ? 'true' : 'false');
    default:
      return Code.unsafe('null');
  }
}

const identifierPattern = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An identifier the compiler chose (`l3`, `t1`, `h`): never text from a policy. */
export function identifier(name: string): Code {
  if (!identifierPattern.test(name)) throw new Error(`'${name}' is not an identifier`);
  return Code.unsafe(name);
}

/** A property access `.name` for a member name the model gives (checked like an identifier). */
export function property(name: string): Code {
  if (!identifierPattern.test(name) || name === '__proto__')
    throw new Error(`'${name}' cannot name a property`);
  return Code.unsafe(`.${name}`);
}

/** Joins fragments with a separator that is itself code. */
export function join(parts: readonly Code[], separator: string): Code {
  if (!/^[\s,;]*$/.test(separator)) throw new Error('A separator is only commas, semicolons and space');
  return Code.unsafe(parts.map((part) => part.text).join(separator));
}

function interpolate(value: Interpolation): string {
  if (value instanceof Code) return value.text;
  if (Array.isArray(value)) return join(value as readonly Code[], ', ').text;
  return literal(value as string | number | bigint | boolean | null).text;
}

/** The template tag: literal parts are code, interpolations are escaped (see `Interpolation`). */
export function js(parts: TemplateStringsArray, ...values: readonly Interpolation[]): Code {
  let text = parts[0] ?? '';
  values.forEach((value, index) => {
    text += interpolate(value) + (parts[index + 1] ?? '');
  });
  return Code.unsafe(text);
}
