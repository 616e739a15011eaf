/** The namespace bound to the `xml` prefix. */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** The namespace of namespace declarations (`xmlns`, `xmlns:p`). */
export const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
