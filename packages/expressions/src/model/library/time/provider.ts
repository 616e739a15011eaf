import { definitionNamed } from '../../registry.js';

/**
 * The type of `IFormatProvider provider` parameters. The text area declares
 * `System.IFormatProvider` (imported before this area); should it be missing, the parameters
 * are typed `object`, which accepts the same arguments.
 */
export const PROVIDER =
  definitionNamed('System.IFormatProvider') === undefined ? 'object' : 'IFormatProvider';

/** `System.Globalization.DateTimeStyles`, written in full: the namespace is not imported. */
export const STYLES = 'System.Globalization.DateTimeStyles';
