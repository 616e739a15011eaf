import {
  Api,
  Backend,
  Deployment,
  Gateway,
  Group,
  LastError,
  Operation,
  Product,
  Subscription,
  SubscriptionKeyParameterNames,
  SustainabilityInfo,
  User,
  UserIdentity,
  Workspace,
} from '../../../runtime/apim/entities.js';
import { declareType } from '../../registry.js';
import { apimName, declareApimEnum, field, instanceOf, nonNullField } from './helpers.js';

/** `IApi`: an API (`Product.Apis`), and the base of `context.Api`. */
declareType({
  name: apimName('IApi'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(Api),
  members: {
    'string Id { get; }': nonNullField('Id'),
    'string Name { get; }': nonNullField('Name'),
    'string Path { get; }': nonNullField('Path'),
    'IEnumerable<string> Protocols { get; }': nonNullField('Protocols'),
    'IUrl ServiceUrl { get; }': field('ServiceUrl'),
    'ISubscriptionKeyParameterNames SubscriptionKeyParameterNames { get; }': field(
      'SubscriptionKeyParameterNames',
    ),
  },
});

/** `IContextApi` (`context.Api`): an API with its revision and version. */
declareType({
  name: apimName('IContextApi'),
  kind: 'interface',
  apim: 'all',
  interfaces: [apimName('IApi')],
  test: instanceOf(Api),
  members: {
    'bool IsCurrentRevision { get; }': field('IsCurrentRevision'),
    'string Revision { get; }': field('Revision'),
    'string Version { get; }': field('Version'),
  },
});

declareType({
  name: apimName('ISubscriptionKeyParameterNames'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(SubscriptionKeyParameterNames),
  members: {
    'string Header { get; }': field('Header'),
    'string Query { get; }': field('Query'),
  },
});

declareType({
  name: apimName('IOperation'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(Operation),
  members: {
    'string Id { get; }': nonNullField('Id'),
    'string Method { get; }': nonNullField('Method'),
    'string Name { get; }': nonNullField('Name'),
    'string UrlTemplate { get; }': nonNullField('UrlTemplate'),
  },
});

declareApimEnum('ProductState', { NotPublished: 0, Published: 1 });

/**
 * `IProduct`. `SubscriptionsLimit` is the current documentation's spelling (older documentation:
 * `SubscriptionLimit`, not declared). `Apis` is in older documentation and Microsoft's toolkit.
 */
declareType({
  name: apimName('IProduct'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(Product),
  members: {
    'IEnumerable<IApi> Apis { get; }': nonNullField('Apis'),
    'bool ApprovalRequired { get; }': field('ApprovalRequired'),
    'IEnumerable<IGroup> Groups { get; }': nonNullField('Groups'),
    'string Id { get; }': nonNullField('Id'),
    'string Name { get; }': field('Name'),
    'ProductState State { get; }': field('State'),
    'int? SubscriptionsLimit { get; }': field('SubscriptionsLimit'),
    'bool SubscriptionRequired { get; }': field('SubscriptionRequired'),
  },
});

/** `ISubscription`. `CreatedDate` is the current spelling (2019 documentation: `CreatedTime`). */
declareType({
  name: apimName('ISubscription'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(Subscription),
  members: {
    'DateTime CreatedDate { get; }': field('CreatedDate'),
    'DateTime? EndDate { get; }': field('EndDate'),
    'string Id { get; }': nonNullField('Id'),
    'string Key { get; }': field('Key'),
    'string Name { get; }': field('Name'),
    'string PrimaryKey { get; }': field('PrimaryKey'),
    'string SecondaryKey { get; }': field('SecondaryKey'),
    'DateTime? StartDate { get; }': field('StartDate'),
  },
});

declareType({
  name: apimName('IUser'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(User),
  members: {
    'string Email { get; }': field('Email'),
    'string FirstName { get; }': field('FirstName'),
    'IEnumerable<IGroup> Groups { get; }': nonNullField('Groups'),
    'string Id { get; }': nonNullField('Id'),
    'IEnumerable<IUserIdentity> Identities { get; }': nonNullField('Identities'),
    'string LastName { get; }': field('LastName'),
    'string Note { get; }': field('Note'),
    'DateTime RegistrationDate { get; }': field('RegistrationDate'),
  },
});

declareType({
  name: apimName('IGroup'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(Group),
  members: {
    'string Id { get; }': field('Id'),
    'string Name { get; }': field('Name'),
  },
});

declareType({
  name: apimName('IUserIdentity'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(UserIdentity),
  members: {
    'string Id { get; }': field('Id'),
    'string Provider { get; }': field('Provider'),
  },
});

/** `IDeployment`. `Certificates` is keyed by upper-case thumbprint. */
declareType({
  name: apimName('IDeployment'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(Deployment),
  members: {
    'IGateway Gateway { get; }': nonNullField('Gateway'),
    'string GatewayId { get; }': nonNullField('GatewayId'),
    'string Region { get; }': nonNullField('Region'),
    'string ServiceId { get; }': nonNullField('ServiceId'),
    'string ServiceName { get; }': nonNullField('ServiceName'),
    'ISustainabilityInfo SustainabilityInfo { get; }': nonNullField('SustainabilityInfo'),
    'IReadOnlyDictionary<string, X509Certificate2> Certificates { get; }': nonNullField('Certificates'),
  },
});

declareType({
  name: apimName('IGateway'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(Gateway),
  members: {
    'string Id { get; }': nonNullField('Id'),
    'string InstanceId { get; }': nonNullField('InstanceId'),
    'bool IsManaged { get; }': field('IsManaged'),
  },
});

declareApimEnum('CarbonIntensityCategory', {
  NotAvailable: 0,
  VeryLow: 1,
  Low: 2,
  Medium: 3,
  High: 4,
  VeryHigh: 5,
});

declareType({
  name: apimName('ISustainabilityInfo'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(SustainabilityInfo),
  members: {
    'CarbonIntensityCategory CurrentCarbonIntensity { get; }': field('CurrentCarbonIntensity'),
  },
});

declareApimEnum('BackendType', { Single: 0, Pool: 1 });

/** `IBackend` (`context.Backend`). `Type` is an enum as documented (the toolkit has a string). */
declareType({
  name: apimName('IBackend'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(Backend),
  members: {
    'string AzureRegion { get; }': field('AzureRegion'),
    'string Id { get; }': field('Id'),
    'BackendType Type { get; }': field('Type'),
  },
});

declareType({
  name: apimName('IWorkspace'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(Workspace),
  members: {
    'string Id { get; }': field('Id'),
    'string Name { get; }': field('Name'),
  },
});

/** `ILastError` (`context.LastError`, in on-error). */
declareType({
  name: apimName('ILastError'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(LastError),
  members: {
    'string Source { get; }': field('Source'),
    'string Reason { get; }': field('Reason'),
    'string Message { get; }': field('Message'),
    'string Scope { get; }': field('Scope'),
    'string Section { get; }': field('Section'),
    'string Path { get; }': field('Path'),
    'string PolicyId { get; }': field('PolicyId'),
  },
});
