import { environment } from '../environment.js';
import { argumentNull, DotnetException } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import { type NumberFormatInfo, numberFormatOf } from './number-format-info.js';

/** The cultures this runtime has data for: the gateway runs in one of them. */
export type CultureName = 'en-US' | 'invariant';

/**
 * `System.Globalization.CultureInfo`, as far as format providers need it: a policy passes
 * `CultureInfo.InvariantCulture` (or en-US) to `ToString` and `Parse`. Only the two cultures a
 * gateway can run in are known; others raise `CultureNotFoundException`, because formatting
 * them without their data would print wrong text silently.
 */
export class CultureInfo {
  static readonly [DOTNET_TYPE] = 'System.Globalization.CultureInfo';

  constructor(readonly culture: CultureName) {}

  /** `CultureInfo.Name`: `en-US`, or the empty string for the invariant culture. */
  get Name(): string {
    return this.culture === 'invariant' ? '' : 'en-US';
  }

  get numberFormat(): NumberFormatInfo {
    return numberFormatOf(this.culture);
  }

  ToString(): string {
    return this.Name;
  }

  Equals(other: unknown): boolean {
    return other instanceof CultureInfo && other.culture === this.culture;
  }

  GetHashCode(): number {
    return this.culture === 'invariant' ? 0 : 1;
  }
}

const invariant = new CultureInfo('invariant');
const enUs = new CultureInfo('en-US');

export function invariantCulture(): CultureInfo {
  return invariant;
}

/** `CultureInfo.CurrentCulture`: the gateway's culture. */
export function currentCulture(): CultureInfo {
  return environment().culture === 'invariant' ? invariant : enUs;
}

/** `CultureInfo.GetCultureInfo(name)` / `new CultureInfo(name)`. */
export function cultureNamed(name: string | null): CultureInfo {
  if (name === null) throw argumentNull('name');
  if (name === '') return invariant;
  if (name.toLowerCase() === 'en-us') return enUs;
  const message =
    environment().dotnet === 'framework'
      ? `Culture is not supported.\r\nParameter name: name\r\n${name} is an invalid culture identifier.`
      : `Culture is not supported. (Parameter 'name')\n${name} is an invalid culture identifier.`;
  throw new DotnetException('System.Globalization.CultureNotFoundException', message);
}

/**
 * The number format an `IFormatProvider` argument stands for: the current culture's when it
 * is null (as .NET's `NumberFormatInfo.GetInstance`), a culture's otherwise.
 */
export function numberFormatOfProvider(provider: unknown): NumberFormatInfo {
  if (provider instanceof CultureInfo) return provider.numberFormat;
  return numberFormatOf(environment().culture);
}
