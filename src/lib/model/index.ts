// The domain's shared types and pure rules. Imports nothing of the app above it (only the content
// model), so the database, the classroom and the questions can all depend on it without cycles.
export * from './answers';
export * from './assignment';
export * from './hand-in';
export * from './profile';
export * from './student-key';
export * from './lesson-draft';
export * from './annotation';
