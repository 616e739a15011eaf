import { Boxed } from '../../../runtime/values.js';
import { X509NameType } from '../../../runtime/x509/certificate-source.js';
import { X500DistinguishedName } from '../../../runtime/x509/x500-distinguished-name.js';
import { X509ContentType } from '../../../runtime/x509/x509-certificate.js';
import { jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';

/** The namespace of the certificate types. */
export const X509_NAMESPACE = 'System.Security.Cryptography.X509Certificates';

/** Declares an enum of the certificate namespace (numbers, `Boxed` in an `object` slot). */
function declareX509Enum(name: string, members: Readonly<Record<string, number>>): void {
  const fullName = `${X509_NAMESPACE}.${name}`;
  declareType({
    name: fullName,
    kind: 'enum',
    apim: 'all',
    enum: members,
    boxing: 'boxed',
    test: (value) => value instanceof Boxed && value.type.name === fullName,
  });
}

declareX509Enum('X509NameType', X509NameType);
declareX509Enum('X509ContentType', X509ContentType);

/** `X500DistinguishedName`, of which API Management allows only `Name`. */
declareType({
  name: `${X509_NAMESPACE}.X500DistinguishedName`,
  kind: 'class',
  sealed: true,
  apim: 'listed',
  test: (value) => value instanceof X500DistinguishedName,
  members: {
    'string Name { get; }': { implementation: jsProperty('Name'), apim: true, nonNull: true },
  },
});
