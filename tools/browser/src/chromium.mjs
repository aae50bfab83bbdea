// A real browser for tests and benchmarks: Debian's `chromium` package driven by playwright-core (whose own
// browser downloads cannot work here: only package registries are reachable). Plain JavaScript (types in
// chromium.d.mts), so `pnpm bench`, which runs on plain Node, can use it too.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/**
 * Where Chromium is: `CHROMIUM_PATH`, else Debian's package. When it is missing and this process may
 * install packages (root with apt-get), installs Debian's `chromium` first, so CI and a fresh machine need
 * no manual step.
 */
export function chromiumPath() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist`);
    return configured;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
    throw new Error("Chromium is missing: install Debian's chromium package, or set CHROMIUM_PATH");
  }
  console.warn("Chromium is missing; installing Debian's chromium package (apt-get)...");
  const apt = { stdio: "ignore", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } };
  // turbo runs the test tasks that need Chromium (docs, tools/browser) in parallel: one installs, the other
  // waits for it under the same lock (util-linux `flock`, in every Debian) and then finds the binary.
  const install =
    `[ -x ${CANDIDATES[0]} ] || { apt-get update && ` +
    "apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=600 chromium; }";
  if (existsSync("/usr/bin/flock")) execFileSync("flock", ["/tmp/punchclock-chromium-install.lock", "sh", "-c", install], apt);
  else execFileSync("sh", ["-c", install], apt);
  const installed = CANDIDATES.find((path) => existsSync(path));
  if (!installed) throw new Error("apt-get installed chromium, but no chromium binary was found");
  return installed;
}

/**
 * Launches headless Chromium. The flags keep it from calling home: on a machine without network its
 * background connections would otherwise fail by the dozen.
 */
export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
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

/**
 * Opens `url` in `page` and waits until its bundle has set `window[globalName]`; fails with the page's own
 * errors when it never does.
 */
export async function openBundlePage(page, url, globalName) {
  const pageErrors = [];
  page.on("pageerror", (error) => void pageErrors.push(error.message));
  await page.goto(url, { waitUntil: "load" });
  await page
    .waitForFunction((name) => name in window, globalName, { timeout: 10_000 })
    .catch(() => {
      throw new Error(`the bundle did not load: ${pageErrors.join("; ") || "no error reported"}`);
    });
}
