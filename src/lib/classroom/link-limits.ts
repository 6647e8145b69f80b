// What an assignment may hold, so that every link of one opens. Its own module: the builder
// needs only these numbers, not the link code.
export const MAX_ASSIGNMENT_ID = 40;
export const MAX_TITLE = 200;
export const MAX_INSTRUCTIONS = 2000;
export const MAX_LESSONS = 50;
export const MAX_REQUIRED = 100;
export const MAX_CONTENT_ID = 80;
/** The most questions of one lesson a format 2 link can mark. */
export const MAX_QUESTIONS = 400;
