/**
 * Liquid templates as API Management's `set-body template="liquid"` runs them: DotLiquid with its
 * C# naming convention, so filters are written in PascalCase (`{{ body.name | Upcase }}`,
 * `{{ "now" | Date: "yyyyMMdd" }}`). Liquid's snake_case filter names (`upcase`, `strip_html`,
 * `truncatewords`) are accepted as well, since templates mix both; any other spelling (`UPCASE`,
 * `stripHtml`) is an unsupported filter, with the right name suggested.
 *
 * `parseLiquid` reports, with positions, everything the supported subset does not cover: unknown
 * or unsupported tags (`include`, `cycle`, `tablerow`, …), unsupported filters and syntax errors.
 * `renderLiquid` renders a parsed template with a model of plain data; `bodyModel` builds the
 * `body` part of that model from a message body and its content type. See README.md here.
 */
export type { LiquidTemplate } from './ast.js';
export { type BodyKind, type BodyModelResult, bodyKind, bodyModel } from './body-model.js';
export type { LiquidDiagnostic, LiquidDiagnosticCode } from './diagnostics.js';
export { LiquidRenderError } from './errors.js';
export { liquidFilterNames } from './filters/registry.js';
export { parseLiquid } from './parser.js';
export { type LiquidRenderOptions, renderLiquid } from './render.js';
