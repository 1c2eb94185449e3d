import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe } from 'vitest';
import { PROJECT_ROOT, RENDERER_DIST, rendererIsStale } from '../../../main/build/build-renderer';
import { createCore } from '../../../main/core/index';
import type { Core } from '../../../main/core/index';
import { startServer } from '../../../main/http/server';
import { TOUR_SEEN } from '../../../renderer/features/demo/remembered';
import type { RunningServer } from '../../../main/http/server';

/** Debian's Chromium. The suite never downloads a browser: without this one it is skipped, visibly. */
export const CHROMIUM = '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);

export function describeWithBrowser(name: string, body: () => void): void {
  if (!chromiumAvailable) {
    console.warn(`[skipped] ${name}: ${CHROMIUM} is absent (the end-to-end tests drive the system Chromium)`);
    describe.skip(name, body);
    return;
  }
  describe(name, body);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** The browser mode as users run it: the built renderer and the API, on 127.0.0.1, over a fresh notebook. */
export interface TestApp {
  core: Core;
  server: RunningServer;
  /** The address the server would print, token included. */
  url: string;
  dir: string;
  close(): Promise<void>;
}

let built: Promise<void> | null = null;

/**
 * Builds the renderer once per run, and only when its sources are newer than the build. In a child process:
 * under vitest NODE_ENV is "test", and Vite would then bundle React's development build, not what users run.
 */
function ensureRenderer(): Promise<void> {
  built ??= rendererIsStale().then(async (stale) => {
    if (!stale) return;
    const vite = path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    await new Promise<void>((resolve, reject) =>
      execFile(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, env: { ...process.env, NODE_ENV: 'production' } }, (error, _out, stderr) =>
        error ? reject(new Error(`vite build failed: ${stderr}`)) : resolve(),
      ),
    );
  });
  return built;
}

export async function startApp(): Promise<TestApp> {
  await ensureRenderer();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sourcebook-e2e-'));
  const core = await createCore({ dir, author: 'e2e' });
  const server = await startServer({ core, port: 0, staticDir: RENDERER_DIST });
  return {
    core,
    server,
    url: `${server.url}?token=${server.token}`,
    dir,
    async close() {
      await server.close();
      await core.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface PageOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /**
   * A first start in this browser: the welcome tour opens. Off by default: the other specs are about a user who
   * has seen it, and it would stand over what they test.
   */
  firstRun?: boolean;
  /** Runs in the page before its own scripts (e.g. a stand-in for the desktop app's preload bridge). */
  initScript?: () => void;
}

/**
 * A fresh browser context (own storage) on the app. Reduced motion makes scrolling instant, so assertions about
 * what is in view need no waiting for animations. Console errors and uncaught exceptions are collected: a CSP
 * violation or a React error shows up there, and specs assert there were none.
 */
export async function openApp(browser: Browser, app: TestApp, options: PageOptions = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  // Fail in seconds, not the default 30: every wait here is for something that happens at once in a working app.
  context.setDefaultTimeout(10_000);
  if (!options.firstRun) await context.addInitScript((key) => localStorage.setItem(key, 'yes'), TOUR_SEEN);
  // Every Content-Security-Policy violation, kept where cspViolations() reads them (the console has them too).
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} ${e.sample}`.trim()));
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // Failed requests are judged below by their status: a 400 is how the API answers a bad search query.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() === 404 || response.status() >= 500) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(app.url);
  await page.getByRole('search').waitFor();
  return { context, page, errors };
}

/** The CSP violations the page has reported since it loaded (see openApp). */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}
