// Finds the system Chromium the browser tests and benchmarks drive (CHROME_PATH overrides).
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath() {
	if (process.env.CHROME_PATH)
		return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
	return CANDIDATES.find((path) => existsSync(path));
}

// flags for a headless run as root on a machine with no outside network
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

export const INSTALL_HELP = `No Chromium found${process.env.CHROME_PATH ? ` at CHROME_PATH=${process.env.CHROME_PATH}` : ''}.
The browser tests need a real Chromium. Install one:
  Debian/Ubuntu:  sudo apt-get install -y chromium   (Ubuntu: chromium-browser)
  macOS:          brew install --cask chromium, then
                  export CHROME_PATH="/Applications/Chromium.app/Contents/MacOS/Chromium"
or point CHROME_PATH at any Chromium or Chrome binary.`;
