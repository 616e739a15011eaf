import { argument, argumentOutOfRange } from '../../../runtime/exceptions.js';
import { Uri, UriKind, UriPartial } from '../../../runtime/web/net/uri.js';
import {
  escapeDataString,
  escapeUriString,
  hexValue,
  unescapeDataString,
} from '../../../runtime/web/net/uri-escape.js';
import { checkHostName, UriHostNameType } from '../../../runtime/web/net/uri-host.js';
import {
  combine,
  combineUris,
  isBaseOf,
  makeRelative,
  tryCombine,
  tryCombineUris,
} from '../../../runtime/web/net/uri-resolve.js';
import { isSchemeName } from '../../../runtime/web/net/uri-schemes.js';
import { isWellFormedUriString } from '../../../runtime/web/net/uri-well-formed.js';
import { jsMethod, jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { declareEnum, declareExceptions, instanceOf } from './helpers.js';

/**
 * `System.Uri` and `UriPartial` (API Management allows all of both), and the enums and exception
 * their members use (which it does not list).
 */

declareEnum('System.UriPartial', UriPartial, 'all');
declareEnum('System.UriKind', UriKind, 'none');
declareEnum('System.UriHostNameType', UriHostNameType, 'none');
declareExceptions([['System.UriFormatException', 'System.FormatException']]);

const equal = (a: Uri | null, b: Uri | null) => (a === null ? b === null : b !== null && a.Equals(b));

const hexDigit = (c: number) => hexValue(c) >= 0;

declareType({
  name: 'System.Uri',
  kind: 'class',
  apim: 'all',
  test: instanceOf(Uri),
  members: {
    'new(string uriString)': (uriString: string | null) => Uri.create(uriString),
    'new(string uriString, UriKind uriKind)': Uri.create,
    'new(Uri baseUri, string relativeUri)': combine,
    'new(Uri baseUri, Uri relativeUri)': combineUris,
    'static readonly string SchemeDelimiter': () => '://',
    'static readonly string UriSchemeFile': () => 'file',
    'static readonly string UriSchemeFtp': () => 'ftp',
    'static readonly string UriSchemeGopher': () => 'gopher',
    'static readonly string UriSchemeHttp': () => 'http',
    'static readonly string UriSchemeHttps': () => 'https',
    'static readonly string UriSchemeMailto': () => 'mailto',
    'static readonly string UriSchemeNews': () => 'news',
    'static readonly string UriSchemeNntp': () => 'nntp',
    'static readonly string UriSchemeNetTcp': () => 'net.tcp',
    'static readonly string UriSchemeNetPipe': () => 'net.pipe',
    'string AbsoluteUri { get; }': { implementation: jsProperty('AbsoluteUri'), nonNull: true },
    'string AbsolutePath { get; }': { implementation: jsProperty('AbsolutePath'), nonNull: true },
    'string Authority { get; }': { implementation: jsProperty('Authority'), nonNull: true },
    'string DnsSafeHost { get; }': { implementation: jsProperty('DnsSafeHost'), nonNull: true },
    'string IdnHost { get; }': { implementation: jsProperty('IdnHost'), nonNull: true },
    'string Host { get; }': { implementation: jsProperty('Host'), nonNull: true },
    'UriHostNameType HostNameType { get; }': jsProperty('HostNameType'),
    'int Port { get; }': jsProperty('Port'),
    'string Scheme { get; }': { implementation: jsProperty('Scheme'), nonNull: true },
    'string Query { get; }': { implementation: jsProperty('Query'), nonNull: true },
    'string Fragment { get; }': { implementation: jsProperty('Fragment'), nonNull: true },
    'string PathAndQuery { get; }': { implementation: jsProperty('PathAndQuery'), nonNull: true },
    'string[] Segments { get; }': { implementation: jsProperty('Segments'), nonNull: true },
    'string UserInfo { get; }': { implementation: jsProperty('UserInfo'), nonNull: true },
    'string LocalPath { get; }': { implementation: jsProperty('LocalPath'), nonNull: true },
    'string OriginalString { get; }': { implementation: jsProperty('OriginalString'), nonNull: true },
    'string ToString()': { implementation: jsMethod('ToString'), nonNull: true },
    'bool Equals(object comparand)': jsMethod('Equals'),
    'int GetHashCode()': jsMethod('GetHashCode'),
    'bool IsAbsoluteUri { get; }': jsProperty('IsAbsoluteUri'),
    'bool IsDefaultPort { get; }': jsProperty('IsDefaultPort'),
    'bool IsFile { get; }': jsProperty('IsFile'),
    'bool IsUnc { get; }': jsProperty('IsUnc'),
    'bool IsLoopback { get; }': jsProperty('IsLoopback'),
    'bool UserEscaped { get; }': jsProperty('UserEscaped'),
    'string GetLeftPart(UriPartial part)': jsMethod('GetLeftPart'),
    'bool IsBaseOf(Uri uri)': isBaseOf,
    'Uri MakeRelativeUri(Uri uri)': makeRelative,
    'static bool TryCreate(string uriString, UriKind uriKind, out Uri result)': Uri.tryCreate,
    'static bool TryCreate(Uri baseUri, string relativeUri, out Uri result)': tryCombine,
    'static bool TryCreate(Uri baseUri, Uri relativeUri, out Uri result)': tryCombineUris,
    'static bool IsWellFormedUriString(string uriString, UriKind uriKind)': isWellFormedUriString,
    'static string EscapeDataString(string stringToEscape)': escapeDataString,
    'static string EscapeUriString(string stringToEscape)': escapeUriString,
    'static string UnescapeDataString(string stringToUnescape)': unescapeDataString,
    'static UriHostNameType CheckHostName(string name)': checkHostName,
    'static bool CheckSchemeName(string schemeName)': (name: string | null) =>
      name !== null && isSchemeName(name),
    'static bool IsHexDigit(char character)': hexDigit,
    'static int FromHex(char digit)': (digit: number) => {
      const value = hexValue(digit);
      if (value < 0) throw argument('digit');
      return value;
    },
    'static string HexEscape(char character)': (character: number) => {
      if (character > 0xff) throw argumentOutOfRange('character');
      return `%${character.toString(16).toUpperCase().padStart(2, '0')}`;
    },
    'static bool IsHexEncoding(string pattern, int index)': (pattern: string | null, index: number) =>
      pattern !== null &&
      pattern.length - index >= 3 &&
      pattern[index] === '%' &&
      hexDigit(pattern.charCodeAt(index + 1)) &&
      hexDigit(pattern.charCodeAt(index + 2)),
    'static bool operator ==(Uri uri1, Uri uri2)': equal,
    'static bool operator !=(Uri uri1, Uri uri2)': (a: Uri | null, b: Uri | null) => !equal(a, b),
  },
});
