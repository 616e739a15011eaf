import { catalogMessages, compositionMessages, documentMessages, planMessages } from '@apim-policy/engine';
import { messages } from '@apim-policy/expressions';
import { lintMessages } from './messages.js';
import { rules } from './rules/index.js';

/**
 * Every diagnostic code a lint run can report: the engine's (document, catalog, composition,
 * planning), the expressions', lint's own, and the registered rules' ids. Settings and disable
 * comments may name any of them.
 */
export const knownCodes: ReadonlySet<string> = new Set([
  ...Object.keys(documentMessages),
  ...Object.keys(catalogMessages),
  ...Object.keys(compositionMessages),
  ...Object.keys(planMessages),
  ...Object.keys(messages),
  ...Object.keys(lintMessages),
  ...rules.map((rule) => rule.id),
]);
