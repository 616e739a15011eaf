import {
  AsnEncodedData,
  PublicKey,
  X509Extension,
  X509ExtensionCollection,
} from '../../../runtime/x509/x509-extension.js';
import type { MemberDeclaration } from '../../declaration.js';
import { jsMethod, jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { X509_NAMESPACE } from './names.js';

const nonNull = (name: string): MemberDeclaration => ({ implementation: jsProperty(name), nonNull: true });

/** `X509Certificate2.Extensions` and its items, over the certificate source's extensions. */
declareType({
  name: `${X509_NAMESPACE}.X509ExtensionCollection`,
  kind: 'class',
  sealed: true,
  apim: 'all',
  interfaces: ['IEnumerable<X509Extension>'],
  test: (value) => value instanceof X509ExtensionCollection,
  members: {
    'int Count { get; }': jsProperty('Count'),
    'X509Extension this[int index] { get; }': jsMethod('at'),
    'X509Extension this[string oid] { get; }': jsMethod('named'),
  },
});

declareType({
  name: `${X509_NAMESPACE}.X509Extension`,
  kind: 'class',
  apim: 'all',
  test: (value) => value instanceof X509Extension,
  members: {
    'Oid Oid { get; }': nonNull('Oid'),
    'bool Critical { get; }': jsProperty('Critical'),
    'byte[] RawData { get; }': nonNull('RawData'),
    'string Format(bool multiLine)': jsMethod('Format'),
  },
});

declareType({
  name: 'System.Security.Cryptography.AsnEncodedData',
  kind: 'class',
  apim: 'all',
  test: (value) => value instanceof AsnEncodedData,
  members: {
    'Oid Oid { get; }': nonNull('Oid'),
    'byte[] RawData { get; }': nonNull('RawData'),
    'string Format(bool multiLine)': jsMethod('Format'),
  },
});

declareType({
  name: `${X509_NAMESPACE}.PublicKey`,
  kind: 'class',
  sealed: true,
  apim: 'all',
  test: (value) => value instanceof PublicKey,
  members: {
    'Oid Oid { get; }': nonNull('Oid'),
    'AsnEncodedData EncodedKeyValue { get; }': nonNull('EncodedKeyValue'),
    'AsnEncodedData EncodedParameters { get; }': nonNull('EncodedParameters'),
  },
});
