import type { Implementation, MemberFunction } from './implementation.js';
import type { Allowance, TypeKind } from './type-definition.js';

/** A member: its implementation, or its implementation with options. */
export type MemberDeclaration =
  | Implementation
  | MemberFunction
  | {
      readonly implementation: Implementation | MemberFunction;
      /**
       * For a type whose allowance is `listed`: whether API Management allows this member.
       * Members of `all` types are allowed unless this says `false`.
       */
      readonly apim?: boolean;
      /** A property whose value is never null (saves the compiler a null check). */
      readonly nonNull?: boolean;
    };

/**
 * A .NET type of the model, as data. Members are keyed by their C# signature (see
 * `signature-syntax.ts`), and give their implementation (see `implementation.ts`).
 *
 * ```ts
 * declareType({
 *   name: 'System.String', keyword: 'string', kind: 'class', sealed: true, apim: 'all',
 *   interfaces: ['IEnumerable<char>'],
 *   test: (value) => typeof value === 'string',
 *   members: {
 *     'int Length { get; }': jsProperty('length'),
 *     'static bool IsNullOrEmpty(string value)': (value: string | null) => value === null || value === '',
 *   },
 * });
 * ```
 */
export interface TypeDeclaration {
  /** Full name with type parameters: `System.Collections.Generic.List<T>`. */
  readonly name: string;
  readonly keyword?: string;
  readonly kind: TypeKind;
  /** A static class (`Math`, `Enumerable`). */
  readonly static?: boolean;
  readonly sealed?: boolean;
  /** The base class, when not `object` (classes), `ValueType` (structs) or `Enum` (enums). */
  readonly base?: string;
  readonly interfaces?: readonly string[];
  /** What API Management allows of the type. */
  readonly apim: Allowance;
  /** Tests whether a non-null runtime value, in its object form, is an instance (type arguments aside). */
  readonly test?: (value: unknown) => boolean;
  /**
   * How a value of this type is held in an `object` slot: `identity` (the default for classes,
   * and for `int`, `long`, `bool`), or `boxed` (other value types; see `runtime/values.ts`).
   */
  readonly boxing?: 'identity' | 'boxed';
  /** `default(T)` of a struct whose runtime form is a class instance (`DateTime.MinValue`). */
  readonly defaultValue?: () => unknown;
  readonly members?: Readonly<Record<string, MemberDeclaration>>;
  /** Enum members and their values. */
  readonly enum?: Readonly<Record<string, number>>;
  /** For a delegate type: the signature of `Invoke` (`'TResult Invoke(T arg)'`). */
  readonly invoke?: string;
}

/** Namespaces a policy expression may name types from without qualifying them. */
export const importedNamespaces: readonly string[] = [
  'System',
  'System.Collections.Generic',
  'System.Linq',
  'System.Text',
  'System.Text.RegularExpressions',
  'System.Net',
  'System.IO',
  'System.Xml',
  'System.Xml.Linq',
  'System.Security.Cryptography',
  'System.Security.Cryptography.X509Certificates',
  'Newtonsoft.Json',
  'Newtonsoft.Json.Linq',
  'Microsoft.WindowsAzure.ApiManagement.Proxy.Gateway.Policies.Expressions',
];
