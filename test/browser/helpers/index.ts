export { launchChromium, chromiumPath, CHROMIUM_ARGS } from './launch-chromium';
export { startAppForBrowser, type BrowserApp } from './start-app-for-browser';
export { collectPageErrors, type PageErrorCollector } from './page-errors';
export { screenshot, SCREENSHOT_DIR } from './screenshots';
export { appFrame, bodyBrightness, browserSuite, type BrowserSuite } from './browser-suite';
