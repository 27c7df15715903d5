// Finds the Chromium the end-to-end tests drive: $CHROME_PATH, then Debian's /usr/bin/chromium.
// Playwright cannot download its own browser here, so on a fresh machine, as root, this installs
// Debian's package; as another user it stops and says how.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const DEBIAN_PATH = '/usr/bin/chromium';

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.warn(`CHROME_PATH is set to ${fromEnv}, but no file is there; looking for Debian's Chromium instead.`);
  }
  if (existsSync(DEBIAN_PATH)) return DEBIAN_PATH;
  if (process.getuid?.() === 0) {
    console.log('Chromium is missing: installing Debian\'s chromium package (apt-get)…');
    execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium', { stdio: 'inherit' });
    if (existsSync(DEBIAN_PATH)) return DEBIAN_PATH;
  }
  throw new Error(
    'The end-to-end tests need Chromium and none was found. Install it with\n' +
      '  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium\n' +
      'or set CHROME_PATH to a Chromium or Chrome binary.',
  );
}
