import type { ConformanceCase } from './case.js';
import { cases as apim } from './cases/apim.js';
import { cases as collections } from './cases/collections.js';
import { cases as json } from './cases/json.js';
import { cases as text } from './cases/text.js';
import { cases as time } from './cases/time.js';
import { cases as web } from './cases/web.js';
import { cases as xml } from './cases/xml.js';

/** Every area's conformance cases, by area. */
export const casesByArea: Readonly<Record<string, readonly ConformanceCase[]>> = {
  apim,
  collections,
  json,
  text,
  time,
  web,
  xml,
};
