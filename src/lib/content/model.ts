// What the app needs of the content model: compiled types and labels, without the schema library.
export * from './schema/kinds';
export * from './schema/compiled';
export type { SafeHtml } from './schema/common';
export type { GlossaryEntry, GlossaryName } from './schema/glossary';
