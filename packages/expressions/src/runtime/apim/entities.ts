import { toDotnetString } from '../text/to-string.js';
import type { DateTime } from '../time/date-time.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { DOTNET_TYPE, tagArray } from '../values.js';
import type { X509Certificate2 } from '../x509/x509-certificate2.js';
import type { FrozenDictionary } from './frozen-dictionary.js';
import { expressionsType } from './names.js';
import type { ProxyUrl } from './proxy-url.js';

/**
 * The read-only descriptions of the context (`context.Api`, `Product`, `User`, ...). Each class
 * has the .NET member names as fields, which compiled expressions read directly; they are made
 * once by `createContext` (or by the policy engine) and not changed afterwards.
 */

/** Base of the entity classes: reference equality and the interface name as `ToString()`. */
abstract class Entity {
  Equals(other: unknown): boolean {
    return other === this;
  }

  GetHashCode(): number {
    return 0;
  }

  ToString(): string {
    return (this.constructor as unknown as Record<symbol, string>)[DOTNET_TYPE]!;
  }
}

/** An `IEnumerable<T>` of entities: a .NET array tagged with the element type. */
export function entityArray<T>(items: readonly T[], elementType: string): T[] {
  return tagArray([...items], runtimeTypeNamed(elementType));
}

/** `ISubscriptionKeyParameterNames`. */
export class SubscriptionKeyParameterNames extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('ISubscriptionKeyParameterNames');
  constructor(
    readonly Header: string,
    readonly Query: string,
  ) {
    super();
  }
}

/** `IContextApi` (`context.Api`), which is also an `IApi` (`Product.Apis`). */
export class Api extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('IContextApi');
  constructor(
    readonly Id: string,
    readonly Name: string,
    readonly Path: string,
    readonly Protocols: string[],
    readonly ServiceUrl: ProxyUrl,
    readonly SubscriptionKeyParameterNames: SubscriptionKeyParameterNames,
    readonly IsCurrentRevision: boolean,
    readonly Revision: string,
    readonly Version: string | null,
  ) {
    super();
  }
}

/** `IOperation`. */
export class Operation extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('IOperation');
  constructor(
    readonly Id: string,
    readonly Method: string,
    readonly Name: string,
    readonly UrlTemplate: string,
  ) {
    super();
  }
}

/** `IGroup`. */
export class Group extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('IGroup');
  constructor(
    readonly Id: string,
    readonly Name: string,
  ) {
    super();
  }
}

/** `IUserIdentity`. */
export class UserIdentity extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('IUserIdentity');
  constructor(
    readonly Id: string,
    readonly Provider: string,
  ) {
    super();
  }
}

/** `ProductState`. */
export const ProductState = { NotPublished: 0, Published: 1 } as const;

/** `IProduct`. */
export class Product extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('IProduct');
  constructor(
    readonly Apis: Api[],
    readonly ApprovalRequired: boolean,
    readonly Groups: Group[],
    readonly Id: string,
    readonly Name: string,
    /** A `ProductState` value. */
    readonly State: number,
    readonly SubscriptionsLimit: number | null,
    readonly SubscriptionRequired: boolean,
  ) {
    super();
  }
}

/** `ISubscription`. */
export class Subscription extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('ISubscription');
  constructor(
    readonly CreatedDate: DateTime,
    readonly EndDate: DateTime | null,
    readonly Id: string,
    readonly Key: string,
    readonly Name: string,
    readonly PrimaryKey: string,
    readonly SecondaryKey: string,
    readonly StartDate: DateTime | null,
  ) {
    super();
  }
}

/** `IUser`. */
export class User extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('IUser');
  constructor(
    readonly Email: string,
    readonly FirstName: string,
    readonly Groups: Group[],
    readonly Id: string,
    readonly Identities: UserIdentity[],
    readonly LastName: string,
    readonly Note: string,
    readonly RegistrationDate: DateTime,
  ) {
    super();
  }
}

/** `IGateway`. */
export class Gateway extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('IGateway');
  constructor(
    readonly Id: string,
    readonly InstanceId: string,
    readonly IsManaged: boolean,
  ) {
    super();
  }
}

/** `CarbonIntensityCategory`. */
export const CarbonIntensityCategory = {
  NotAvailable: 0,
  VeryLow: 1,
  Low: 2,
  Medium: 3,
  High: 4,
  VeryHigh: 5,
} as const;

/** `ISustainabilityInfo`. */
export class SustainabilityInfo extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('ISustainabilityInfo');
  /** A `CarbonIntensityCategory` value. */
  constructor(readonly CurrentCarbonIntensity: number) {
    super();
  }
}

/** `IDeployment`. `Certificates` is keyed by upper-case thumbprint. */
export class Deployment extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('IDeployment');
  constructor(
    readonly Gateway: Gateway,
    readonly GatewayId: string,
    readonly Region: string,
    readonly ServiceId: string,
    readonly ServiceName: string,
    readonly SustainabilityInfo: SustainabilityInfo,
    /** `IReadOnlyDictionary<string, X509Certificate2>`. */
    readonly Certificates: FrozenDictionary<string, X509Certificate2>,
  ) {
    super();
  }
}

/** `BackendType`. */
export const BackendType = { Single: 0, Pool: 1 } as const;

/** `IBackend`. */
export class Backend extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('IBackend');
  constructor(
    readonly AzureRegion: string,
    readonly Id: string,
    /** A `BackendType` value. */
    readonly Type: number,
  ) {
    super();
  }
}

/** `IWorkspace`. */
export class Workspace extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('IWorkspace');
  constructor(
    readonly Id: string,
    readonly Name: string,
  ) {
    super();
  }
}

/** `ILastError`. */
export class LastError extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('ILastError');
  constructor(
    readonly Source: string,
    readonly Reason: string,
    readonly Message: string,
    readonly Scope: string,
    readonly Section: string,
    readonly Path: string,
    readonly PolicyId: string,
  ) {
    super();
  }
}

/** `IPrivateEndpointConnection`. */
export class PrivateEndpointConnection extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('IPrivateEndpointConnection');
  constructor(
    readonly Name: string,
    readonly GroupId: string,
    readonly MemberName: string,
  ) {
    super();
  }
}

/** `IAzureVnetInfo` (undocumented; in Microsoft's policy toolkit and API Management's allowed types). */
export class AzureVnetInfo extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('IAzureVnetInfo');
  constructor(
    readonly VnetTrafficTag: string,
    readonly SubnetId: string,
    readonly PrivateLinkId: string,
    readonly SnatVip: string,
  ) {
    super();
  }
}

/** `IGraphQLDataObject`: an opaque value of a GraphQL resolver; prints as the value it holds. */
export class GraphQLDataObject extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('IGraphQLDataObject');
  constructor(readonly value: unknown) {
    super();
  }

  override ToString(): string {
    return toDotnetString(this.value);
  }
}

/** The GraphQL part of the context (`context.GraphQL`), in resolvers only. */
export class GraphQLContext extends Entity {
  static readonly [DOTNET_TYPE] = expressionsType('IGraphQLContext');
  constructor(
    readonly GraphQLArguments: GraphQLDataObject,
    readonly Parent: GraphQLDataObject,
  ) {
    super();
  }
}
