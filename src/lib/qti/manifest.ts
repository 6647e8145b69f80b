// The package's imsmanifest.xml (IMS Content Packaging 1.1, QTI 2.1's profile) and its test.
import {
	CP_NAMESPACE,
	CP_SCHEMA_LOCATION,
	ITEM_RESOURCE,
	QTI_NAMESPACE,
	QTI_SCHEMA_LOCATION,
	TEST_RESOURCE,
	XSI_NAMESPACE
} from './qti-names';
import { element, lines, xmlDocument } from './xml';

export type PackagedItem = { identifier: string; href: string };
export type PackagedTest = { identifier: string; title: string; href: string };

/** Every item as a resource, and the test as one that depends on them all. */
export function manifestXml(identifier: string, test: PackagedTest, items: PackagedItem[]): string {
	const resource = (
		type: string,
		id: string,
		href: string,
		...more: ReturnType<typeof element>[]
	) => element('resource', { identifier: id, type, href }, element('file', { href }), ...more);
	return xmlDocument(
		element(
			'manifest',
			{
				xmlns: CP_NAMESPACE,
				'xmlns:xsi': XSI_NAMESPACE,
				'xsi:schemaLocation': CP_SCHEMA_LOCATION,
				identifier
			},
			lines(
				element(
					'metadata',
					{},
					element('schema', {}, 'QTIv2.1 Package'),
					element('schemaversion', {}, '1.0.0')
				),
				element('organizations'),
				element(
					'resources',
					{},
					lines(
						resource(
							TEST_RESOURCE,
							test.identifier,
							test.href,
							...items.map((item) => element('dependency', { identifierref: item.identifier }))
						),
						...items.map((item) => resource(ITEM_RESOURCE, item.identifier, item.href))
					)
				)
			)
		)
	);
}

/** One test of one part and one section, the items in the lesson's order. */
export function assessmentTestXml(test: PackagedTest, items: PackagedItem[]): string {
	return xmlDocument(
		element(
			'assessmentTest',
			{
				xmlns: QTI_NAMESPACE,
				'xmlns:xsi': XSI_NAMESPACE,
				'xsi:schemaLocation': QTI_SCHEMA_LOCATION,
				identifier: test.identifier,
				title: test.title
			},
			element(
				'testPart',
				{ identifier: 'part-1', navigationMode: 'nonlinear', submissionMode: 'simultaneous' },
				element(
					'assessmentSection',
					{ identifier: 'section-1', title: test.title, visible: true },
					lines(
						...items.map((item) =>
							element('assessmentItemRef', { identifier: item.identifier, href: item.href })
						)
					)
				)
			)
		)
	);
}
