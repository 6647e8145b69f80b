// only `version` is bundled: Vite tree-shakes named imports from JSON
import { version } from '../../package.json';

/** The version of Parallax that wrote a file, so a teacher can tell old hand-ins apart. */
export const APP_VERSION: string = version;
