import type { ContextInit } from '@apim-policy/expressions';
import type { CrlFetcher, OcspFetcher, TrustStore, VerdictCache } from '@apim-policy/x509';
import type { CertificateInput } from '../certificates/certificate-input.js';

/** The request a client sends to the gateway, as plain data. */
export interface RequestDescription {
  /** Default `GET`. */
  readonly method?: string;
  /** The URL the client called (`context.Request.OriginalUrl`). */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string | readonly string[]>>;
  /** Absent or null: no body. */
  readonly body?: string | Uint8Array | null;
  /** The client's IP address (`context.Request.IpAddress`), default `127.0.0.1`. */
  readonly clientIp?: string;
  /** The client certificate presented in the TLS handshake, or null. */
  readonly certificate?: CertificateInput | null;
  /**
   * Whether the gateway asked for a client certificate (the host name's "negotiate client
   * certificate" setting). Default true. When false, `context.Request.Certificate` is null even if
   * the client has one, as in API Management.
   */
  readonly negotiated?: boolean;
  /** URL-template parameters of the matched operation (`context.Request.MatchedParameters`). */
  readonly matchedParameters?: Readonly<Record<string, string>>;
}

/** Who calls, and what the call matched: null (or absent) where the call is anonymous, as in APIM. */
export interface IdentityDescription {
  readonly api?: ContextInit['api'];
  readonly operation?: ContextInit['operation'];
  readonly product?: ContextInit['product'];
  readonly subscription?: ContextInit['subscription'];
  readonly user?: ContextInit['user'];
  readonly workspace?: ContextInit['workspace'];
}

/** The API Management instance the policy runs in. */
export interface DeploymentDescription {
  /** Uploaded certificates (`context.Deployment.Certificates`, keyed by thumbprint). */
  readonly certificates?: readonly CertificateInput[];
  /** Uploaded CA certificates: trust anchors and intermediates for `Verify()` and validate-client-certificate. */
  readonly ca?: {
    readonly roots?: readonly CertificateInput[];
    readonly intermediates?: readonly CertificateInput[];
  };
  /** A trust store to use instead of `ca`. */
  readonly trustStore?: TrustStore;
  /** Certificate revocation lists (DER or PEM) for `Verify()` and `validate-revocation`. */
  readonly crls?: readonly (Uint8Array | string)[];
  readonly fetchCrl?: CrlFetcher;
  readonly fetchOcsp?: OcspFetcher;
  /** Verdict cache for certificate checks (default: one per loaded policy). */
  readonly verdictCache?: VerdictCache;
  readonly region?: string;
  readonly serviceName?: string;
  readonly serviceId?: string;
  readonly gatewayId?: string;
}
