import { CONTINUE } from '../plan/step.js';
import { defineHandler } from './define.js';
import { existsActionOf } from './set-header.js';

/**
 * `<set-query-parameter name exists-action>` with `<value>`s changes the query of the backend URL
 * (`context.Request.Url.Query`) as set-header changes headers: override replaces every value of
 * the name (several `<value>`s give the parameter several times), skip sets it only when absent,
 * append adds values after the existing ones, delete removes the parameter. Names match without
 * regard to case, as `Url.Query` does. Literal values are trimmed of the white space around them
 * (pretty-printed XML), as set-header's are.
 *
 * The catalog allows the policy in inbound and backend only; the request's URL is what it changes
 * wherever it runs.
 */
export const setQueryParameter = defineHandler('set-query-parameter', (element, _origin, planner) => {
  const name = planner.value(element, 'name', 'string', '');
  const exists = planner.value(element, 'exists-action', 'string', 'override');
  const values = planner.elements(element, 'value').map((value) => planner.text(value, 'string'));
  return (state, step) => {
    const parameter = name.get(state);
    const action = existsActionOf(exists.get(state));
    const query = state.context.Request.Url.Query;
    const given = values.map((value) =>
      value.literal === null ? value.get(state) : value.get(state).trim(),
    );
    switch (action) {
      case 'delete':
        query.delete(parameter);
        break;
      case 'skip':
        if (query.lookup(parameter) !== undefined) {
          state.record(step, 'policy', `query parameter ${parameter} exists: skipped`, {
            name: parameter,
            action,
          });
          return CONTINUE;
        }
        query.set(parameter, given);
        break;
      case 'append':
        query.append(parameter, given);
        break;
      default:
        query.set(parameter, given);
    }
    if (state.trace !== null)
      state.record(
        step,
        'policy',
        action === 'delete'
          ? `query parameter ${parameter} deleted`
          : `query parameter ${parameter} ${action === 'append' ? 'appended' : 'set'}: ${JSON.stringify(given)}`,
        { name: parameter, action, values: given, url: state.context.Request.Url.ToString() },
      );
    return CONTINUE;
  };
});
