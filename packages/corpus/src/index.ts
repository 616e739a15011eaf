export { type ExtractedExpression, extractExpressions } from './extract.js';
export { faultyDocuments } from './faulty-documents.js';
export { locateCorpus } from './locate.js';
export { findPlaceholder } from './placeholders.js';
export { rejectedByApim } from './rejected-by-apim.js';
export { type CorpusReport, classify, type ExpressionOutcome, hasErrors, runCorpus } from './run.js';
