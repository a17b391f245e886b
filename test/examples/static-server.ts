import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { buildPackage, REPO } from "../package/stage-package.js";
import { launchChromium } from "../trace/chromium.js";

// The browser examples are served over http from localhost, as a user would serve the repository root.
const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".json": "application/json",
};

/** A static server for the repo, except /dist/, which comes from a fresh build (the repo's may be stale). */
export function serve(dist: string): Promise<Server> {
  const server = createServer((request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname));
    // A folder's URL serves its index.html, as static servers do (examples/classify-app/).
    if (path.endsWith("/")) path += "index.html";
    const file = path.startsWith("/dist/") ? join(dist, path.slice("/dist/".length)) : join(REPO, path);
    if (path.includes("..") || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve(server);
    });
  });
}

/**
 * The examples served from a fresh build, and Chromium to open them: started before the calling file's
 * tests, closed after (what was started, should the start fail part-way). Call inside its `describe`.
 */
export function servedExamples(): {
  readonly browser: () => Browser;
  readonly port: () => number;
  /** The build's temp folder (removed after the tests). */
  readonly tempDir: () => string;
} {
  let build: ReturnType<typeof buildPackage> | undefined;
  let server: Server | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    build = buildPackage();
    server = await serve(join(build.stage, "dist"));
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    build?.cleanup();
  });
  return {
    browser: () => browser as Browser,
    port: () => (server?.address() as AddressInfo).port,
    tempDir: () => build?.tempDir ?? "",
  };
}
