import { dotnetEquals, dotnetHash } from './equality.js';

/**
 * The shape of an anonymous type (`new { id = 1, name }`): its property names in declaration
 * order, and how each value prints. The compiler creates one shape per anonymous type in an
 * expression; two `new { ... }` with the same names and property types share it, as in C#.
 */
export class AnonymousShape {
  constructor(
    /** Property names in declaration order. */
    readonly names: readonly string[],
    /** The object form of each property's value (boxing for value types other than int/long/bool). */
    readonly box: readonly ((value: unknown) => unknown)[],
    /** `ToString()` of a property value in its object form (the text area's `toDotnetString`). */
    readonly print: (value: unknown) => string,
  ) {}
}

/**
 * An instance of an anonymous type. Values are held in an array in the shape's order, never as
 * JavaScript properties, so a policy's property names (`__proto__`, `constructor`) never reach
 * a JavaScript object key. Property reads are compiled to `values[index]`.
 */
export class AnonymousObject {
  constructor(
    readonly shape: AnonymousShape,
    /** Property values in their typed forms, in the shape's order. */
    readonly values: unknown[],
  ) {}

  /** The value of a property in its object form, or undefined when there is no such property. */
  property(name: string): unknown {
    const index = this.shape.names.indexOf(name);
    return index < 0 ? undefined : this.shape.box[index]!(this.values[index]);
  }

  /** `{ id = 1, name = x }`, as C# prints anonymous objects. */
  ToString(): string {
    const parts = this.shape.names.map(
      (name, index) => `${name} = ${this.shape.print(this.shape.box[index]!(this.values[index]))}`,
    );
    return parts.length === 0 ? '{ }' : `{ ${parts.join(', ')} }`;
  }

  /** Anonymous types compare by value, property by property. */
  Equals(other: unknown): boolean {
    if (!(other instanceof AnonymousObject) || other.shape !== this.shape) return false;
    return this.values.every((value, index) =>
      dotnetEquals(this.shape.box[index]!(value), other.shape.box[index]!(other.values[index])),
    );
  }

  GetHashCode(): number {
    let hash = 0;
    this.values.forEach((value, index) => {
      hash = (Math.imul(hash, 31) + dotnetHash(this.shape.box[index]!(value))) | 0;
    });
    return hash;
  }
}
