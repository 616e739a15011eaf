import { planDiagnostic } from '../plan/messages.js';
import { CONTINUE } from '../plan/step.js';
import { defineHandler } from './define.js';

/** The certificate the backend call would present, as `<authentication-certificate>` chose it. */
export type BackendCertificateChoice =
  | {
      readonly kind: 'thumbprint';
      readonly thumbprint: string;
      /** Whether an uploaded certificate (`context.Deployment.Certificates`) has that thumbprint. */
      readonly found: boolean;
    }
  | {
      readonly kind: 'certificate-id';
      readonly certificateId: string;
      /** Whether an uploaded certificate matches the id (ids are thumbprints, see the handler). */
      readonly found: boolean;
    }
  | {
      readonly kind: 'body';
      /** The certificate's bytes as the expression gave them (a `byte[]`, or text). */
      readonly body: Uint8Array | string | null;
      /** The PFX password, null when absent. */
      readonly password: string | null;
    };

/** The `RunState.scratch` key under which the backend certificate choice is kept. */
export const BACKEND_CERTIFICATE = Symbol('authentication-certificate');

const SOURCES = ['thumbprint', 'certificate-id', 'body'] as const;

/** A thumbprint as compared: upper-case hex without separators or invisible marks. */
function normalThumbprint(text: string): string {
  return text.replace(/[\s:\u200e\u200f\ufeff-]/g, '').toUpperCase();
}

/**
 * `<authentication-certificate thumbprint | certificate-id | body [password]>`: the client
 * certificate the gateway presents to the backend. This engine does not open TLS connections: the
 * policy records its choice in `state.scratch` under `BACKEND_CERTIFICATE` (a
 * `BackendCertificateChoice`) and in the trace, and never changes `context.Request.Certificate`
 * (which is the caller's certificate).
 *
 * Choices where API Management's behaviour is not documented or cannot be reproduced:
 * - Exactly one of `thumbprint`, `certificate-id` and `body` must be given, and `password` only
 *   with `body`; otherwise the policy does not load.
 * - A `certificate-id` is resolved against the uploaded certificates by thumbprint (the engine's
 *   deployment has no certificate names); a thumbprint or id that matches no uploaded certificate
 *   is recorded as not found, not an error (API Management checks it when the policy is saved).
 */
export const authenticationCertificate = defineHandler(
  'authentication-certificate',
  (element, _origin, planner) => {
    const given = SOURCES.filter((name) => planner.attribute(element, name) !== undefined);
    if (given.length !== 1)
      planner.report(
        planDiagnostic('invalid-policy-value', element, {
          value: given.join(', '),
          attribute: given[0] ?? 'thumbprint',
          element: element.name,
          detail: 'exactly one of thumbprint, certificate-id and body is required',
        }),
      );
    const password = planner.value(element, 'password', 'string');
    if (password !== null && !given.includes('body'))
      planner.report(
        planDiagnostic('invalid-policy-value', planner.attribute(element, 'password') ?? element, {
          value: password.literal ?? '@(...)',
          attribute: 'password',
          element: element.name,
          detail: 'a password goes only with body',
        }),
      );
    const thumbprint = planner.value(element, 'thumbprint', 'string');
    const certificateId = planner.value(element, 'certificate-id', 'string');
    const body = planner.value(element, 'body', 'object');
    return (state, step) => {
      const uploaded = (text: string): boolean => {
        const wanted = normalThumbprint(text);
        return state.certificates.deployment.some((certificate) => certificate.thumbprint === wanted);
      };
      let choice: BackendCertificateChoice;
      if (thumbprint !== null) {
        const value = thumbprint.get(state);
        choice = { kind: 'thumbprint', thumbprint: value, found: uploaded(value) };
      } else if (certificateId !== null) {
        const value = certificateId.get(state);
        choice = { kind: 'certificate-id', certificateId: value, found: uploaded(value) };
      } else {
        const value = body === null ? null : body.get(state);
        choice = {
          kind: 'body',
          body: value instanceof Uint8Array || typeof value === 'string' ? value : null,
          password: password === null ? null : password.get(state),
        };
      }
      state.scratch.set(BACKEND_CERTIFICATE, choice);
      if (state.trace !== null) {
        const detail =
          choice.kind === 'body'
            ? `backend certificate from body (${choice.body === null ? 'no bytes' : `${choice.body.length} ${typeof choice.body === 'string' ? 'characters' : 'bytes'}`}${choice.password === null ? '' : ', with password'})`
            : `backend certificate by ${choice.kind} ${choice.kind === 'thumbprint' ? choice.thumbprint : choice.certificateId}${choice.found ? '' : ' (no uploaded certificate matches)'}`;
        state.record(step, 'policy', detail, {
          kind: choice.kind,
          ...(choice.kind === 'thumbprint' ? { thumbprint: choice.thumbprint, found: choice.found } : {}),
          ...(choice.kind === 'certificate-id'
            ? { certificateId: choice.certificateId, found: choice.found }
            : {}),
          ...(choice.kind === 'body' ? { password: choice.password !== null } : {}),
        });
      }
      return CONTINUE;
    };
  },
);
