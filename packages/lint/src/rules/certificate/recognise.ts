import type { BoundCall, BoundExpression, BoundMemberRead } from '@apim-policy/expressions';

// Recognisers over the bound tree: which nodes read the client certificate, its members, the
// clock. Names are matched through the resolved symbols, so `cert.Thumbprint` on a local of
// another type never counts.

const X509 = 'System.Security.Cryptography.X509Certificates';
const CERTIFICATE_TYPES = new Set([`${X509}.X509Certificate2`, `${X509}.X509Certificate`]);
const DISTINGUISHED_NAME = `${X509}.X500DistinguishedName`;
const REQUEST = 'Microsoft.WindowsAzure.ApiManagement.Proxy.Gateway.Policies.Expressions.IRequest';
const DATE_TIME = 'System.DateTime';

/** The expression without the implicit conversions around it (`(object)cert`, `string` to `IEnumerable`). */
export function unwrap(expression: BoundExpression): BoundExpression {
  let current = expression;
  while (current.kind === 'convert') current = current.operand;
  return current;
}

/** Whether a type is `X509Certificate2` or its base class. */
export function isCertificateType(expression: BoundExpression): boolean {
  return CERTIFICATE_TYPES.has(expression.type.id);
}

/** `context.Request.Certificate` (the read itself, not a member of it). */
export function isRequestCertificateRead(expression: BoundExpression): boolean {
  const read = unwrap(expression);
  return (
    read.kind === 'member' &&
    read.symbol.name === 'Certificate' &&
    read.symbol.declaringType.fullName === REQUEST
  );
}

/**
 * The client certificate: `context.Request.Certificate`, or a local holding it
 * (`var cert = context.Request.Certificate;`, see `aliases.ts`).
 */
export function isClientCertificate(expression: BoundExpression, aliases: ReadonlySet<number>): boolean {
  const value = unwrap(expression);
  if (value.kind === 'local') return aliases.has(value.symbol.id);
  return isRequestCertificateRead(value);
}

/** A member of a certificate that names its holder or issuer. */
export type IdentityMember =
  | 'Thumbprint'
  | 'Subject'
  | 'Issuer'
  | 'SubjectName.Name'
  | 'IssuerName.Name'
  | 'SerialNumber';

/** The certificate and the member when `expression` reads an identity member of a certificate. */
export interface IdentityRead {
  readonly member: IdentityMember;
  readonly certificate: BoundExpression;
  readonly read: BoundMemberRead;
}

/**
 * `cert.Thumbprint`, `cert.Subject`, `cert.SubjectName.Name`, ... on any certificate. In
 * `cert?.Thumbprint` the member reads a `conditional-receiver`: `tested` is the certificate the
 * `?.` tested, which `certificate` then names.
 */
export function identityRead(
  expression: BoundExpression,
  tested: BoundExpression | null = null,
): IdentityRead | null {
  const read = unwrap(expression);
  if (read.kind !== 'member' || read.receiver === null) return null;
  const holderOf = (receiver: BoundExpression) =>
    tested !== null && unwrap(receiver).kind === 'conditional-receiver' ? tested : receiver;
  const name = read.symbol.name;
  if (read.symbol.declaringType.fullName === DISTINGUISHED_NAME && name === 'Name') {
    const holder = unwrap(read.receiver);
    if (holder.kind !== 'member' || holder.receiver === null || !isCertificateType(holder.receiver)) {
      return null;
    }
    if (holder.symbol.name === 'SubjectName' || holder.symbol.name === 'IssuerName') {
      return { member: `${holder.symbol.name}.Name`, certificate: holderOf(holder.receiver), read };
    }
    return null;
  }
  if (!CERTIFICATE_TYPES.has(read.symbol.declaringType.fullName)) return null;
  switch (name) {
    case 'Thumbprint':
    case 'Subject':
    case 'Issuer':
    case 'SerialNumber':
      return { member: name, certificate: holderOf(read.receiver), read };
    default:
      return null;
  }
}

/** Whether an identity member is a distinguished name (`Subject`, `IssuerName.Name`, ...). */
export function isDistinguishedName(member: IdentityMember): boolean {
  return member !== 'Thumbprint' && member !== 'SerialNumber';
}

/** `cert.NotAfter` / `cert.NotBefore` on any certificate. */
export function validityRead(expression: BoundExpression): 'NotAfter' | 'NotBefore' | null {
  const read = unwrap(expression);
  if (read.kind !== 'member' || read.receiver === null) return null;
  if (!CERTIFICATE_TYPES.has(read.symbol.declaringType.fullName)) return null;
  return read.symbol.name === 'NotAfter' || read.symbol.name === 'NotBefore' ? read.symbol.name : null;
}

/** `cert.Verify()` or `cert.VerifyNoRevocation()`: a chain (trust) check. */
export function isTrustCheck(expression: BoundExpression): expression is BoundCall {
  if (expression.kind !== 'call') return false;
  const name = expression.method.name;
  if (name === 'Verify') return CERTIFICATE_TYPES.has(expression.method.declaringType.fullName);
  return name === 'VerifyNoRevocation' && expression.method.isExtension;
}

/**
 * The current time: `DateTime.Now`, `DateTime.UtcNow`, a local holding one of them (`nowLocals`),
 * or one of them moved by `AddDays(...)`-like calls (`DateTime.Now.AddDays(30)`).
 */
export function isNow(expression: BoundExpression, nowLocals: ReadonlySet<number>): boolean {
  const value = unwrap(expression);
  if (value.kind === 'local') return nowLocals.has(value.symbol.id);
  if (value.kind === 'member') {
    return (
      value.receiver === null &&
      value.symbol.declaringType.fullName === DATE_TIME &&
      (value.symbol.name === 'Now' || value.symbol.name === 'UtcNow')
    );
  }
  if (value.kind === 'call' && value.receiver !== null && value.method.name.startsWith('Add')) {
    return value.method.declaringType.fullName === DATE_TIME && isNow(value.receiver, nowLocals);
  }
  return false;
}

/** The value of a string literal, or null. */
export function stringLiteral(expression: BoundExpression): string | null {
  const value = unwrap(expression);
  return value.kind === 'literal' && typeof value.value === 'string' && value.type.id === 'System.String'
    ? value.value
    : null;
}
