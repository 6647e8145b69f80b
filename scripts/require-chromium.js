// Fails loudly (never skips) when the browser tests have no Chromium to drive.
import { INSTALL_HELP, chromiumPath } from './chromium.js';

if (!chromiumPath()) {
	console.error(INSTALL_HELP);
	process.exit(1);
}
