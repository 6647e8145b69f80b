// What an assignment file is called, free of the schema library so pages can name it cheaply.

export const ASSIGNMENT_FILE_FORMAT = 'parallax-assignment';
export const ASSIGNMENT_FILE_VERSION = 1;
export const ASSIGNMENT_FILE_EXTENSION = '.parallax-assignment';
// room for four teacher-made lessons of the largest size a lesson file may have (5 MB)
export const MAX_ASSIGNMENT_FILE_BYTES = 20 * 1024 * 1024;
