import { declareEnum } from './helpers.js';

/**
 * `System.Base64FormattingOptions`. API Management's list of types does not name it, so the
 * `Convert.ToBase64String` overloads taking it cannot be used in policies.
 */
declareEnum('System.Base64FormattingOptions', { None: 0, InsertLineBreaks: 1 }, 'none');
