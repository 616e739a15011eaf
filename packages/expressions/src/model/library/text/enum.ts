import type { RuntimeType } from '../../../runtime/runtime-type.js';
import { parseEnum, tryParseEnum } from '../../../runtime/text/enum-parse.js';
import { toDotnetString } from '../../../runtime/text/to-string.js';
import type { Boxed, Reference } from '../../../runtime/values.js';
import { withTypeArguments } from '../../implementation.js';
import { extendType } from '../../registry.js';

/**
 * `System.Enum`'s members. API Management lists `Parse`, `TryParse` and `ToString`; `Parse`
 * needs `typeof(...)`, a `System.Type`, which API Management does not allow, so in practice
 * `TryParse<TEnum>` is the usable one. The `Type` argument is expected as a runtime type.
 */

const boxed = (self: unknown) => self;

extendType('System.Enum', {
  'static object Parse(Type enumType, string value)': {
    implementation: (type: RuntimeType, value: string | null) => type.box(parseEnum(type, value)),
    apim: true,
  },
  'static object Parse(Type enumType, string value, bool ignoreCase)': {
    implementation: (type: RuntimeType, value: string | null, ignoreCase: boolean) =>
      type.box(parseEnum(type, value, ignoreCase)),
    apim: true,
  },
  'static bool TryParse<TEnum>(string value, out TEnum result)': {
    implementation: withTypeArguments(
      ([type]: readonly RuntimeType[], value: string | null, result: Reference<number>) => {
        const parsed = tryParseEnum(type!, value);
        result.value = parsed ?? 0;
        return parsed !== null;
      },
    ),
    apim: true,
  },
  'static bool TryParse<TEnum>(string value, bool ignoreCase, out TEnum result)': {
    implementation: withTypeArguments(
      (
        [type]: readonly RuntimeType[],
        value: string | null,
        ignoreCase: boolean,
        result: Reference<number>,
      ) => {
        const parsed = tryParseEnum(type!, value, ignoreCase);
        result.value = parsed ?? 0;
        return parsed !== null;
      },
    ),
    apim: true,
  },
  'static TEnum Parse<TEnum>(string value)': {
    implementation: withTypeArguments(([type]: readonly RuntimeType[], value: string | null) =>
      parseEnum(type!, value),
    ),
    apim: false,
  },
  'string ToString()': { implementation: (self: unknown) => toDotnetString(boxed(self)), apim: true },
  'string ToString(string format)': {
    implementation: (self: unknown, format: string | null) => toDotnetString(boxed(self), format),
    apim: true,
  },
  'bool HasFlag(Enum flag)': {
    implementation: (self: Boxed, flag: Boxed) =>
      ((self.value as number) & (flag.value as number)) === flag.value,
    apim: false,
  },
  'int CompareTo(object target)': {
    implementation: (self: Boxed, target: unknown) =>
      target === null ? 1 : Math.sign((self.value as number) - ((target as Boxed).value as number)),
    apim: false,
  },
});
