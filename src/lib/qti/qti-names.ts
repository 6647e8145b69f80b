// The names QTI 2.1 and IMS Content Packaging 1.1 give things: namespaces, schemas, templates.

export const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
// the last revision of the QTI 2.1 schema (2.1.2); its namespace is still imsqti_v2p1
export const QTI_SCHEMA_LOCATION = `${QTI_NAMESPACE} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd`;
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

const TEMPLATES = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates';
/** Score 1 when the response is the correct response, else 0. */
export const MATCH_CORRECT = `${TEMPLATES}/match_correct`;
/** Score the response's mapped value (each accepted answer mapped to 1). */
export const MAP_RESPONSE = `${TEMPLATES}/map_response`;

export const CP_NAMESPACE = 'http://www.imsglobal.org/xsd/imscp_v1p1';
// QTI 2.1's profile of IMS Content Packaging
export const CP_SCHEMA_LOCATION = `${CP_NAMESPACE} http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd`;
export const ITEM_RESOURCE = 'imsqti_item_xmlv2p1';
export const TEST_RESOURCE = 'imsqti_test_xmlv2p1';

/** The one response every item declares, and the one outcome. */
export const RESPONSE = 'RESPONSE';
export const SCORE = 'SCORE';
