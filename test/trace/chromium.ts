import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's chromium, installed by scripts/ensure-chromium.sh; CHROMIUM_PATH names another build. */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const hasChromium = (): boolean => existsSync(CHROMIUM);

/**
 * Whether a browser test file skips here. Where Chromium is missing it skips, and says so on the console
 * (which file, why, how to run it); but in CI (CI=true, where .ci/run installs Chromium first) a missing
 * Chromium fails the file: CI must never pass by skipping the browser.
 */
export function skipWithoutChromium(file: string): boolean {
  if (hasChromium()) return false;
  const why = `no Chromium at ${CHROMIUM}`;
  if (process.env.CI && process.env.CI !== "false")
    throw new Error(`${file}: ${why}, and CI=true: CI must run the browser tests (scripts/ensure-chromium.sh)`);
  console.warn(
    `SKIPPED browser tests in ${file}: ${why}. To run them: bash scripts/ensure-chromium.sh (Debian, as root), ` +
      "or set CHROMIUM_PATH to a Chromium executable.",
  );
  return true;
}

/** Headless, sandbox off (CI runs as root), nothing fetched from the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
