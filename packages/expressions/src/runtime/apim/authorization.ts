import { Dictionary } from '../collections/dictionary.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { DOTNET_TYPE } from '../values.js';
import { EXPRESSIONS_NAMESPACE } from './names.js';

/**
 * What the `get-authorization-context` policy stores in its variable (`Authorization`): the
 * access token of a credential-manager connection and the claims it holds. Policies read it as
 * `((Authorization)context.Variables.GetValueOrDefault("auth-context"))?.AccessToken`.
 */
export class Authorization {
  static readonly [DOTNET_TYPE] = `${EXPRESSIONS_NAMESPACE}.Authorization`;
  readonly Claims: Dictionary<string, unknown>;

  constructor(
    readonly AccessToken: string | null,
    claims: Readonly<Record<string, unknown>> = {},
  ) {
    this.Claims = new Dictionary<string, unknown>([runtimeTypeNamed('string'), runtimeTypeNamed('object')]);
    for (const [name, value] of Object.entries(claims)) this.Claims.Add(name, value);
  }

  ToString(): string {
    return Authorization[DOTNET_TYPE];
  }
}
