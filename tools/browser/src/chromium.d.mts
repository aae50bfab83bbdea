import type { Browser, Page } from "playwright-core";

/**
 * Where Chromium is: `CHROMIUM_PATH`, else Debian's package, installed first when missing and this process
 * may install packages (root with apt-get).
 */
export function chromiumPath(): string;
/** Launches headless Chromium, with the flags that keep it from calling home. */
export function launchChromium(): Promise<Browser>;
/**
 * Opens `url` in `page` and waits until its bundle has set `window[globalName]`; fails with the page's own
 * errors when it never does.
 */
export function openBundlePage(page: Page, url: string, globalName: string): Promise<void>;
