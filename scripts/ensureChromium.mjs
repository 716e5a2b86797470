// Makes sure Debian's Chromium is there for the browser and e2e tests: installs it as root, else says what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(chromiumPath)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium not found at ${chromiumPath}: installing Debian's chromium with apt-get…`);
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      // Reported below in one line.
    }
    if (existsSync(chromiumPath)) return true;
  }
  console.error(
    `Chromium is needed for the browser and e2e tests: install it with "sudo apt-get install chromium" (or set CHROMIUM_PATH).`,
  );
  return false;
}
