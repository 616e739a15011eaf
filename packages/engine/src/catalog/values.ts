import type { AttributeType } from './types.js';

/** An API Management named value `{{name}}` left unresolved. */
const NAMED_VALUE = /\{\{[^{}]*\}\}/;

/**
 * Deployment-tool placeholders: `${name}` and `%{ directive }` (Terraform), `#{name}#` and
 * `__NAME__` (pipelines), `{name}` (format-string templates).
 */
const TEMPLATE = /\$\{[^{}]*\}|%\{[^{}]*\}|#\{[^{}]*\}#|__[A-Za-z0-9_.-]+__|(?<![{@$#%])\{[\w.-]+\}(?!\})/;

/**
 * Whether a value holds text filled in later, so it cannot be checked before: a named value always,
 * deployment-tool placeholders when `templates` is on.
 */
export function hasPlaceholder(value: string, templates: boolean): boolean {
  return NAMED_VALUE.test(value) || (templates && TEMPLATE.test(value));
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Checks a literal attribute value against its type. Returns null when it fits, otherwise a
 * description of what was expected (for the diagnostic). Surrounding whitespace is tolerated.
 */
export function checkLiteral(value: string, type: AttributeType): string | null {
  const text = value.trim();
  switch (type.kind) {
    case 'string':
      return null;
    case 'bool':
      return /^(true|false)$/i.test(text) ? null : "'true' or 'false'";
    case 'int': {
      const expected = type.min === undefined ? 'a whole number' : `a whole number of at least ${type.min}`;
      if (!INTEGER.test(text)) return expected;
      return type.min !== undefined && Number(text) < type.min ? expected : null;
    }
    case 'number':
      return NUMBER.test(text) ? null : 'a number';
    case 'datetime':
      return DATE_TIME.test(text) ? null : 'a date and time (ISO 8601)';
    case 'enum': {
      const lower = text.toLowerCase();
      return type.values.some((allowed) => allowed.toLowerCase() === lower)
        ? null
        : `one of ${type.values.map((allowed) => `'${allowed}'`).join(', ')}`;
    }
  }
}
