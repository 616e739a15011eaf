import { argumentNull } from '../../exceptions.js';
import { DOTNET_TYPE } from '../../values.js';
import { cryptographic } from './crypto-errors.js';
import { OidGroup, oidByFriendlyName, oidByValue } from './oid-table.js';

/**
 * `System.Security.Cryptography.Oid`: a dotted value and a friendly name, each looked up from
 * the other when unknown. `new Oid("sha256")` accepts a friendly name, as .NET Framework does.
 */
export class Oid {
  static readonly [DOTNET_TYPE] = 'System.Security.Cryptography.Oid';
  #value: string | null;
  #friendlyName: string | null;
  readonly #group: number;

  constructor(value: string | null = null, friendlyName: string | null = null, group: number = OidGroup.All) {
    this.#value = value;
    this.#friendlyName = friendlyName;
    this.#group = group;
  }

  /** `new Oid(string oid)`: a value, or a friendly name whose value is looked up. */
  static fromText(oid: string | null): Oid {
    if (oid === null) return new Oid(null);
    return new Oid(oidByFriendlyName(oid)?.value ?? oid);
  }

  /** `new Oid(Oid oid)`. */
  static copy(oid: Oid | null): Oid {
    if (oid === null) throw argumentNull('oid');
    return new Oid(oid.#value, oid.#friendlyName, oid.#group);
  }

  get Value(): string | null {
    return this.#value;
  }
  set Value(value: string | null) {
    this.#value = value;
  }

  get FriendlyName(): string | null {
    if (this.#friendlyName === null && this.#value !== null)
      this.#friendlyName = oidByValue(this.#value, this.#group)?.friendlyName ?? null;
    return this.#friendlyName;
  }
  set FriendlyName(name: string | null) {
    this.#friendlyName = name;
    if (name !== null) {
      const info = oidByFriendlyName(name, this.#group);
      if (info !== undefined) this.#value = info.value;
    }
  }

  /** `Oid.FromFriendlyName(friendlyName, group)`. */
  static FromFriendlyName(friendlyName: string | null, group: number): Oid {
    if (friendlyName === null) throw argumentNull('friendlyName');
    const info = oidByFriendlyName(friendlyName, group);
    if (info === undefined) throw cryptographic('The OID value was invalid.');
    return new Oid(info.value, info.friendlyName, group);
  }

  /** `Oid.FromOidValue(oidValue, group)`. */
  static FromOidValue(oidValue: string | null, group: number): Oid {
    if (oidValue === null) throw argumentNull('oidValue');
    const info = oidByValue(oidValue, group);
    if (info === undefined) throw cryptographic('The OID value was invalid.');
    return new Oid(info.value, info.friendlyName, group);
  }

  ToString(): string {
    return Oid[DOTNET_TYPE];
  }
}
