/** A small strict DER reader: what certificate and name decoding need, nothing more. */
export { DerError } from './der-error.js';
export { hexUpper } from './hex.js';
export { readString, readStringLenient, STRING_TAGS } from './strings.js';
export { contextTag, Tag } from './tags.js';
export { readTime } from './time.js';
export { childrenOf, contentBytes, expectTlv, readTlv, type Tlv, tlvBytes } from './tlv.js';
export {
  type BitString,
  checkTag,
  readBitString,
  readBoolean,
  readIntegerBytes,
  readOctetString,
  readOid,
  readSmallInteger,
} from './values.js';
