/** The namespace of API Management's expression types (`IRequest`, `IUrl`, ...). */
export const EXPRESSIONS_NAMESPACE =
  'Microsoft.WindowsAzure.ApiManagement.Proxy.Gateway.Policies.Expressions';

/**
 * The .NET type name a runtime class of the context reports: the interface it implements.
 * API Management's concrete classes are internal and undocumented (except `MessageBody`), so
 * casts and `is` tests see the interface.
 */
export function expressionsType(interfaceName: string): string {
  return `${EXPRESSIONS_NAMESPACE}.${interfaceName}`;
}
