import { IPAddress, swapInt16, swapInt32, swapInt64 } from '../../../runtime/web/net/ip-address.js';
import { jsMethod, jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { declareEnum, declareExceptions, instanceOf } from './helpers.js';

/**
 * `System.Net.IPAddress`, of which API Management lists `AddressFamily`, `Equals`,
 * `GetAddressBytes`, `IsLoopback`, `Parse`, `TryParse` and `ToString`; and the
 * `System.Net.Sockets.AddressFamily` enum, which it does not list.
 */

// biome-ignore format: a data table
declareEnum('System.Net.Sockets.AddressFamily', {
  Unknown: -1, Unspecified: 0, Unix: 1, InterNetwork: 2, ImpLink: 3, Pup: 4, Chaos: 5, NS: 6, Ipx: 6, Iso: 7, Osi: 7,
  Ecma: 8, DataKit: 9, Ccitt: 10, Sna: 11, DecNet: 12, DataLink: 13, Lat: 14, HyperChannel: 15, AppleTalk: 16,
  NetBios: 17, VoiceView: 18, FireFox: 19, Banyan: 21, Atm: 22, InterNetworkV6: 23, Cluster: 24, Ieee12844: 25,
  Irda: 26, NetworkDesigners: 28, Max: 29,
}, 'none');

declareExceptions([
  ['System.Runtime.InteropServices.ExternalException', 'System.SystemException'],
  ['System.ComponentModel.Win32Exception', 'System.Runtime.InteropServices.ExternalException'],
  ['System.Net.Sockets.SocketException', 'System.ComponentModel.Win32Exception'],
]);

const listed = <T>(implementation: T) => ({ implementation, apim: true });
const unlisted = <T>(implementation: T) => ({ implementation, apim: false });

declareType({
  name: 'System.Net.IPAddress',
  kind: 'class',
  apim: 'listed',
  test: instanceOf(IPAddress),
  members: {
    'static IPAddress Parse(string ipString)': listed(IPAddress.Parse),
    'static bool TryParse(string ipString, out IPAddress address)': listed(IPAddress.TryParse),
    'static bool IsLoopback(IPAddress address)': listed(IPAddress.IsLoopback),
    'System.Net.Sockets.AddressFamily AddressFamily { get; }': listed(jsProperty('AddressFamily')),
    'byte[] GetAddressBytes()': listed(jsMethod('GetAddressBytes')),
    'bool Equals(object comparand)': listed(jsMethod('Equals')),
    'string ToString()': { implementation: jsMethod('ToString'), apim: true, nonNull: true },
    'int GetHashCode()': unlisted(jsMethod('GetHashCode')),
    'new(byte[] address)': unlisted((address: Uint8Array | null) => IPAddress.fromBytes(address)),
    'new(byte[] address, long scopeid)': unlisted(IPAddress.fromBytes),
    'new(long newAddress)': unlisted(IPAddress.fromLong),
    'static readonly IPAddress Any': unlisted(() => IPAddress.Any),
    'static readonly IPAddress Loopback': unlisted(() => IPAddress.Loopback),
    'static readonly IPAddress Broadcast': unlisted(() => IPAddress.Broadcast),
    'static readonly IPAddress None': unlisted(() => IPAddress.None),
    'static readonly IPAddress IPv6Any': unlisted(() => IPAddress.IPv6Any),
    'static readonly IPAddress IPv6Loopback': unlisted(() => IPAddress.IPv6Loopback),
    'static readonly IPAddress IPv6None': unlisted(() => IPAddress.IPv6None),
    'long ScopeId { get; }': unlisted(jsProperty('ScopeId')),
    'long Address { get; }': unlisted(jsProperty('Address')),
    'bool IsIPv4MappedToIPv6 { get; }': unlisted(jsProperty('IsIPv4MappedToIPv6')),
    'bool IsIPv6LinkLocal { get; }': unlisted(jsProperty('IsIPv6LinkLocal')),
    'bool IsIPv6SiteLocal { get; }': unlisted(jsProperty('IsIPv6SiteLocal')),
    'bool IsIPv6Multicast { get; }': unlisted(jsProperty('IsIPv6Multicast')),
    'bool IsIPv6Teredo { get; }': unlisted(jsProperty('IsIPv6Teredo')),
    'IPAddress MapToIPv4()': unlisted(jsMethod('MapToIPv4')),
    'IPAddress MapToIPv6()': unlisted(jsMethod('MapToIPv6')),
    'static int HostToNetworkOrder(int host)': unlisted(swapInt32),
    'static long HostToNetworkOrder(long host)': unlisted(swapInt64),
    'static short HostToNetworkOrder(short host)': unlisted(swapInt16),
    'static int NetworkToHostOrder(int network)': unlisted(swapInt32),
    'static long NetworkToHostOrder(long network)': unlisted(swapInt64),
    'static short NetworkToHostOrder(short network)': unlisted(swapInt16),
  },
});
