import { CONTINUE } from '../plan/step.js';
import type { Value } from '../plan/values.js';
import { defineHandler } from './define.js';

/**
 * `<trace source severity>` with `<message>` and `<metadata name value>`s: adds a `message` entry to
 * the run's trace with the source, the severity (default `verbose`), the message and the metadata
 * (a later name replaces an earlier one). The message is the `<message>` element's content, or the
 * element's own text in the older form without it; literal text is trimmed. Expressions are
 * evaluated even when the run records no trace (a failure is a failure either way). No effect on
 * the request.
 */
export const trace = defineHandler('trace', (element, _origin, planner) => {
  const source = planner.attribute(element, 'source')?.value ?? '';
  const severity = planner.attribute(element, 'severity')?.value.trim().toLowerCase() ?? 'verbose';
  const messageElement = planner.elements(element, 'message')[0];
  const message: Value<string> = planner.text(messageElement ?? element, 'string');
  const metadata = planner.elements(element, 'metadata').map((item) => ({
    name: planner.value(item, 'name', 'string', ''),
    value: planner.value(item, 'value', 'string', ''),
  }));
  return (state, step) => {
    const text = message.literal === null ? message.get(state) : message.get(state).trim();
    const data: Record<string, string> = {};
    for (const item of metadata) data[item.name.get(state)] = item.value.get(state);
    state.record(step, 'message', `[${severity}] ${source}: ${text}`, {
      source,
      severity,
      message: text,
      metadata: data,
    });
    return CONTINUE;
  };
});
