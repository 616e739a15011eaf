import { dotnetEquals, dotnetHash } from '../../../runtime/core/equality.js';
import { nullableValue } from '../../../runtime/helpers/checks.js';
import type { RuntimeType } from '../../../runtime/runtime-type.js';
import { toDotnetString } from '../../../runtime/text/to-string.js';
import { withTypeArguments } from '../../implementation.js';
import { extendType } from '../../registry.js';

/**
 * The members every value has (`object`'s), and those of `Nullable<T>`. A receiver reaches
 * `object`'s members in its object form; types that override them (`DateTime.ToString()`)
 * declare their own, which lookup finds first.
 */
extendType('System.Object', {
  'string ToString()': (self: unknown) => toDotnetString(self),
  'bool Equals(object obj)': (self: unknown, other: unknown) => dotnetEquals(self, other),
  'int GetHashCode()': (self: unknown) => dotnetHash(self),
  'static bool Equals(object objA, object objB)': (a: unknown, b: unknown) =>
    a === b || (a !== null && b !== null && dotnetEquals(a, b)),
  'static bool ReferenceEquals(object objA, object objB)': (a: unknown, b: unknown) => a === b,
});

/**
 * `Nullable<T>`: a typed `T?` is the typed `T` or null, so these members receive that, and the
 * runtime type of `T` (the declaring type's argument) where they need to box or default it.
 */
extendType('System.Nullable`1', {
  'bool HasValue { get; }': (self: unknown) => self !== null,
  'T Value { get; }': (self: unknown) => nullableValue(self),
  'T GetValueOrDefault()': withTypeArguments((self: unknown, [type]: readonly RuntimeType[]) =>
    self === null ? type!.defaultValue : self,
  ),
  'T GetValueOrDefault(T defaultValue)': (self: unknown, fallback: unknown) =>
    self === null ? fallback : self,
  'string ToString()': withTypeArguments((self: unknown, [type]: readonly RuntimeType[]) =>
    self === null ? '' : toDotnetString(type!.box(self)),
  ),
  'bool Equals(object other)': withTypeArguments(
    (self: unknown, [type]: readonly RuntimeType[], other: unknown) =>
      self === null ? other === null : dotnetEquals(type!.box(self), other),
  ),
  'int GetHashCode()': withTypeArguments((self: unknown, [type]: readonly RuntimeType[]) =>
    self === null ? 0 : dotnetHash(type!.box(self)),
  ),
});
