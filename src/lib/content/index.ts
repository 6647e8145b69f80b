// The content model shared by the build, the app and the tests (the app imports ./model instead).
export * from './schema/common';
export * from './schema/kinds';
export * from './schema/source';
export * from './schema/lesson';
export * from './schema/glossary';
export * from './schema/compiled';
