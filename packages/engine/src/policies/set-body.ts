import type { ElementNode } from '../document/model.js';
import type { Planner } from '../plan/planner.js';
import { CONTINUE, type StepBody } from '../plan/step.js';
import { defineHandler } from './define.js';
import { display } from './display.js';
import { type MessageTarget, messageOf } from './message-target.js';

/**
 * `<set-body>`: the element's content (literal text, or an expression whose value becomes the
 * body) replaces the body of the section's message. A byte array stays bytes; other values
 * take .NET's ToString().
 */
export function planSetBody(element: ElementNode, planner: Planner, target: MessageTarget): StepBody {
  const content = planner.text(element, 'object');
  return (state, step) => {
    const value = content.get(state);
    const body =
      value === null
        ? ''
        : value instanceof Uint8Array
          ? value
          : typeof value === 'string'
            ? value
            : display(value);
    const { kind, message } = messageOf(state, target);
    message.setBody(body);
    if (state.trace !== null)
      state.record(
        step,
        'policy',
        `${kind} body set (${typeof body === 'string' ? `${body.length} characters` : `${body.length} bytes`})`,
        {
          message: kind,
        },
      );
    return CONTINUE;
  };
}

export const setBody = defineHandler('set-body', (element, _origin, planner) =>
  planSetBody(element, planner, 'section'),
);
