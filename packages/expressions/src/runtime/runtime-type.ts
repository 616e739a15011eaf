/**
 * What the runtime knows of a .NET type: created by the model for the types a compiled
 * expression mentions (`is string`, `(int)x`, `GetValueOrDefault<T>`), and passed to runtime
 * functions that need them. The runtime only asks these questions of it.
 */
export interface RuntimeType {
  /** The name .NET shows at run time: `System.Int32`, `System.Collections.Generic.List`1[System.String]`. */
  readonly name: string;
  /** The name as written in C#: `int`, `List<string>`. */
  readonly displayName: string;
  /** A value type: not null, copied by value (`int`, `DateTime`, enums, `int?`). */
  readonly isValueType: boolean;
  /** `Nullable<T>`: the runtime type of `T`, or null. */
  readonly nullableOf: RuntimeType | null;
  /** For an enum: its members by value (the first name declared for a value). */
  readonly enumMembers: ReadonlyMap<number, string> | null;
  /** `default(T)` in its runtime form. */
  readonly defaultValue: unknown;
  /** Is a value, in its boxed (object) form, an instance of this type? Null is not. */
  isInstance(value: unknown): boolean;
  /** Converts a value of this type from its typed form to its object form (boxing). */
  box(value: unknown): unknown;
  /** Converts a value of this type from its object form to its typed form (unboxing). */
  unbox(value: unknown): unknown;
}
