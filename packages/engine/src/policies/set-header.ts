import type { ElementNode } from '../document/model.js';
import type { Planner } from '../plan/planner.js';
import { CONTINUE, type StepBody } from '../plan/step.js';
import { expressionFailure } from '../run/policy-error.js';
import { defineHandler } from './define.js';
import { type MessageTarget, messageOf } from './message-target.js';

const ACTIONS = ['override', 'skip', 'append', 'delete'] as const;
/** What set-header and set-query-parameter do when the name exists (`exists-action`). */
export type ExistsAction = (typeof ACTIONS)[number];

/** An `exists-action` value (case-insensitive); anything else fails as an expression would. */
export function existsActionOf(text: string): ExistsAction {
  const action = ACTIONS.find((known) => known === text.trim().toLowerCase());
  if (action === undefined)
    throw expressionFailure(
      `'${text}' is not a valid exists-action: expected override, skip, append or delete.`,
    );
  return action;
}

/**
 * `<set-header name exists-action>` with `<value>`s: override replaces every value, skip sets the
 * header only when absent, append adds values, delete removes the header. Literal values are
 * trimmed of the white space around them (pretty-printed XML).
 */
export function planSetHeader(element: ElementNode, planner: Planner, target: MessageTarget): StepBody {
  const name = planner.value(element, 'name', 'string', '');
  const exists = planner.value(element, 'exists-action', 'string', 'override');
  const values = planner.elements(element, 'value').map((value) => planner.text(value, 'string'));
  return (state, step) => {
    const header = name.get(state);
    const action = existsActionOf(exists.get(state));
    const { kind, message } = messageOf(state, target);
    const headers = message.Headers;
    const given = values.map((value) =>
      value.literal === null ? value.get(state) : value.get(state).trim(),
    );
    switch (action) {
      case 'delete':
        headers.delete(header);
        break;
      case 'skip':
        if (headers.lookup(header) !== undefined) {
          state.record(step, 'policy', `${kind} header ${header} exists: skipped`, { name: header, action });
          return CONTINUE;
        }
        headers.set(header, given);
        break;
      case 'append':
        headers.append(header, given);
        break;
      default:
        headers.set(header, given);
    }
    if (state.trace !== null)
      state.record(
        step,
        'policy',
        action === 'delete'
          ? `${kind} header ${header} deleted`
          : `${kind} header ${header} ${action === 'append' ? 'appended' : 'set'}: ${JSON.stringify(given)}`,
        { name: header, action, values: given, message: kind },
      );
    return CONTINUE;
  };
}

export const setHeader = defineHandler('set-header', (element, _origin, planner) =>
  planSetHeader(element, planner, 'section'),
);
