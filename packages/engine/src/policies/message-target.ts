import type { ProxyRequest, ProxyResponse } from '@apim-policy/expressions';
import type { Section } from '../catalog/types.js';
import type { RunState } from '../run/state.js';

/**
 * Which message a header, body or status policy changes: the request in inbound and backend, the
 * response in outbound and on-error; inside return-response always the response it returns.
 */
export type MessageTarget = 'section' | 'response';

export function messageOf(
  state: RunState,
  target: MessageTarget,
):
  | { readonly kind: 'request'; readonly message: ProxyRequest }
  | { readonly kind: 'response'; readonly message: ProxyResponse } {
  if (target === 'response' || isResponseSection(state.section))
    return { kind: 'response', message: state.context.Response };
  return { kind: 'request', message: state.context.Request };
}

function isResponseSection(section: Section): boolean {
  return section === 'outbound' || section === 'on-error';
}
