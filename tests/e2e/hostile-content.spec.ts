// Untrusted content against the UI, in the browser mode in Chromium: a corpus of known sanitiser bypasses (mXSS,
// SVG/MathML namespace confusion, javascript: URLs, srcdoc, event handlers, CSS expressions, <noscript> tricks, DOM
// clobbering…) in imported HTML and Markdown, titles, file names, notes and tags. Every payload, if it ever ran,
// would record itself, open a dialog, and call the API with the page's token. The test reads, searches and
// reviews all of it and proves none ran: no dialog, no request to anything but our own origin, no API call the
// page did not mean, no CSP violation. Then again with the CSP switched off, so the sanitising is proved on its
// own. Last, a real page on another origin tries to drive the API.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input, Method, Result } from '../../shared/api';
import { TOUR_SEEN } from '../../renderer/features/demo/remembered';
import { startLoopbackServer } from '../helpers/loopback-server';
import type { LoopbackServer } from '../helpers/loopback-server';
import { describeWithBrowser, launchBrowser, startApp } from './support/app';
import type { TestApp } from './support/app';

/** What a payload runs if it ever executes: marks the page, opens a dialog, calls the API with the page's token. */
const run = (n: number): string =>
  `window.__xss=(window.__xss||[]).concat(${n});fetch('/api/xss.${n}',{method:'POST',headers:{'content-type':'application/json','x-sourcebook-token':sessionStorage.getItem(sessionStorage.key(0))},body:'{}'});alert(${n})`;

/** The corpus: each entry is markup with {N} for its number and {JS} for what it runs. */
const HTML_PAYLOADS = [
  '<script>{JS}</script>',
  '<img src=x onerror="{JS}">',
  '<img src=x onerror={JS}//>',
  '<svg onload="{JS}"></svg>',
  '<svg><script>{JS}</script></svg>',
  '<svg><animate onbegin="{JS}" attributeName=x dur=1s></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="{JS}">',
  '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror="{JS}" src=1>">',
  '<svg></p><style><a id="</style><img src=1 onerror="{JS}">">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror="{JS}">',
  '<noscript><p title="</noscript><img src=x onerror="{JS}">"></noscript>',
  '<noembed><img title="</noembed><img src=x onerror="{JS}">"></noembed>',
  '<xmp><img src=x onerror="{JS}"></xmp>',
  '<textarea><img src=x onerror="{JS}"></textarea>',
  '<title><img src=x onerror="{JS}"></title>',
  '<!--<img src=x onerror="{JS}">-->',
  '<a href="javascript:{JS}">javascript link {N}</a>',
  '<a href="jAvAsCrIpT&colon;{JS}">encoded javascript link {N}</a>',
  '<a href="&#106;avascript:{JS}">entity javascript link {N}</a>',
  '<a href="  javascript:{JS}">spaced javascript link {N}</a>',
  '<a href="java\tscript:{JS}">tabbed javascript link {N}</a>',
  '<a href="data:text/html,<script>{JS}</script>">data link {N}</a>',
  '<a href="vbscript:msgbox({N})">vbscript link {N}</a>',
  '<iframe srcdoc="<script>{JS}</script>"></iframe>',
  '<iframe src="javascript:{JS}"></iframe>',
  '<object data="javascript:{JS}"></object>',
  '<embed src="javascript:{JS}">',
  '<details open ontoggle="{JS}"><summary>details {N}</summary></details>',
  '<div style="background:url(\'javascript:{JS}\')">css url {N}</div>',
  '<div style="width:expression({JS})">css expression {N}</div>',
  '<style>@import "http://evil.example/{N}.css";</style>',
  '<img src="http://evil.example/{N}.png" alt="tracker {N}">',
  '<video><source onerror="{JS}"></video>',
  '<body onload="{JS}">',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:{JS}">',
  '<template><script>{JS}</script></template>',
  '<form name="sourcebook"><input name="call"></form><img name="getElementById"><a id="__xss" href="javascript:{JS}">clobber {N}</a>',
  '<input autofocus onfocus="{JS}">',
  '<marquee onstart="{JS}">marquee {N}</marquee>',
  '<button formaction="javascript:{JS}">button {N}</button>',
  '<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;({N})>',
  '<scr<script>ipt>{JS}</scr</script>ipt>',
  '<a href="https://example.org/" onclick="{JS}">onclick link {N}</a>',
];

/** Strings that go where only text should: titles, file names, notes, tags, Markdown. */
const TEXT_PAYLOADS = [
  '<img src=x onerror="{JS}">',
  '"><script>{JS}</script>',
  "'><svg onload={JS}>",
  'javascript:{JS}',
  '{{constructor.constructor("{JS}")()}}',
  '${alert({N})}',
  '<a href="javascript:{JS}">x</a>',
];

const fill = (template: string, n: number): string => template.replaceAll('{JS}', run(n)).replaceAll('{N}', String(n));

interface Seeded {
  articleIds: string[];
  payloads: number;
}

async function call<M extends Method>(app: TestApp, method: M, params: Input<M>): Promise<Result<M>> {
  const envelope = await app.core.dispatch(method, params);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as Result<M>;
}

const b64 = (text: string): string => Buffer.from(text).toString('base64');

/** Puts every payload where a user's content goes, through the API as the UI would. */
async function seed(app: TestApp): Promise<Seeded> {
  let n = 0;
  const articleIds: string[] = [];
  const prose = 'The river authority said the flood barrier would be tested twice a year, after the storm in March.';
  // An HTML page full of bypasses, as a real article (so the readability pass keeps it) and as a bare page.
  const body = HTML_PAYLOADS.map((p) => `<p>${prose} Paragraph ${++n}.</p>${fill(p, n)}`).join('\n');
  const titled = fill('<img src=x onerror="{JS}">', ++n);
  const page = `<!doctype html><html><head><title>${titled} hostile page</title><meta property="og:title" content="${fill('"><script>{JS}</script>', ++n).replaceAll('"', '&quot;')}"></head><body><article><h1>Hostile page ${fill('<svg onload="{JS}">', ++n)}</h1>${body}</article></body></html>`;
  const pageName = `${fill('<img src=x onerror="{JS}">', ++n).replace(/\//g, '∕')}.html`;
  articleIds.push((await call(app, 'import.content', { name: pageName, dataBase64: b64(page) })).articleId!);
  const bare = `<html><body>${HTML_PAYLOADS.map((p) => `<div>${prose} Bare ${++n}.</div>${fill(p, n)}`).join('')}</body></html>`;
  articleIds.push((await call(app, 'import.content', { name: 'bare.htm', dataBase64: b64(bare) })).articleId!);
  // Markdown: raw HTML, javascript: links and images, autolinks, front matter.
  const markdown = [
    '---',
    `title: "${fill('<img src=x onerror={JS}>', ++n).replaceAll('"', "'")} markdown"`,
    '---',
    '',
    `# Markdown ${fill('<svg onload={JS}>', ++n)}`,
    '',
    `${prose} [javascript link](javascript:${run(++n)}) and ![image](javascript:${run(++n)}) and <javascript:${run(++n)}>.`,
    '',
    fill('<img src=x onerror="{JS}">', ++n),
    '',
    `[reference][r]\n\n[r]: javascript:${run(++n)}`,
    '',
    fill('<details open ontoggle="{JS}">x</details>', ++n),
  ].join('\n');
  articleIds.push((await call(app, 'import.content', { name: 'hostile.md', dataBase64: b64(markdown) })).articleId!);
  // Notes, tags and fields on highlights.
  for (const articleId of articleIds) {
    for (const template of TEXT_PAYLOADS) {
      const note = fill(template, ++n);
      const tag = fill(template, ++n).replace(/,/g, ';').slice(0, 80).trim();
      await call(app, 'highlights.create', { articleId, kind: 'quote', quote: 'flood barrier', occurrence: 1, note, tags: [tag], fields: { speaker: fill(template, ++n).slice(0, 200) } });
    }
  }
  return { articleIds, payloads: n };
}

interface Watch {
  context: BrowserContext;
  page: Page;
  dialogs: string[];
  foreign: string[];
  apiCalls: string[];
}

/** A fresh context on the app, recording dialogs, every request and CSP violations. */
async function open(browser: Browser, app: TestApp, bypassCSP: boolean): Promise<Watch> {
  const context = await browser.newContext({ bypassCSP, viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  context.setDefaultTimeout(10_000);
  await context.addInitScript((key) => {
    localStorage.setItem(key, 'yes');
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
  }, TOUR_SEEN);
  const origin = new URL(app.server.url).origin;
  const watch: Watch = { context, page: await context.newPage(), dialogs: [], foreign: [], apiCalls: [] };
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`)) watch.foreign.push(url);
    else if (url.includes('/api/')) watch.apiCalls.push(new URL(url).pathname);
  });
  // Nothing leaves the machine whatever happens: requests elsewhere are recorded above and aborted here.
  await context.route((url) => !url.href.startsWith(`${origin}/`), (route) => route.abort());
  watch.page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await watch.page.goto(app.url);
  await watch.page.getByRole('search').waitFor();
  return watch;
}

/** Everything a user would look at: the library, each article (its links clicked), search, review. */
async function browseEverything(watch: Watch, seeded: Seeded): Promise<void> {
  const { page } = watch;
  const settle = () => page.waitForTimeout(300);
  await page.evaluate(() => (location.hash = '#/library'));
  await settle();
  for (const id of seeded.articleIds) {
    await page.evaluate((hash) => (location.hash = hash), `#/article/${id}`);
    // The article is really shown, payloads and all (as text).
    await page.getByText('flood barrier', { exact: false }).first().waitFor();
    await settle();
    // Links in the article that do not go to the web are clicked: a javascript: link that survived would run.
    const hrefs = await page.$$eval('main a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const [i, href] of hrefs.entries()) {
      if (!/^(https?:|mailto:|#)/i.test(href)) {
        await page.locator('main a[href]').nth(i).click({ modifiers: [], noWaitAfter: true }).catch(() => undefined);
        await settle();
      }
    }
    await page.evaluate((hash) => (location.hash = hash), `#/article/${id}?h=x`);
    await settle();
  }
  for (const q of ['onerror', 'script', 'javascript', 'alert', 'svg', 'img', 'xss', 'flood']) {
    await page.evaluate((hash) => (location.hash = hash), `#/search?q=${encodeURIComponent(q)}`);
    await settle();
  }
  for (const hash of ['#/review', '#/board', '#/library']) {
    await page.evaluate((h) => (location.hash = h), hash);
    await settle();
  }
}

describeWithBrowser('hostile content in the browser mode', () => {
  let app: TestApp;
  let browser: Browser;
  let seeded: Seeded;
  const dispatched: string[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    seeded = await seed(app);
    // Every call that reaches the core, whatever sent it: a payload's call would be named xss.N.
    const dispatch = app.core.dispatch;
    app.core.dispatch = (method, params) => (dispatched.push(String(method)), dispatch(method, params));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('would notice a payload that ran: the detector itself, run on purpose in the page', async () => {
    const watch = await open(browser, app, false);
    try {
      // Executed through the debugger (not as page script, which the CSP would stop): what an XSS would do.
      await watch.page.evaluate(run(0));
      await watch.page.waitForTimeout(300);
      expect(await watch.page.evaluate(() => (window as unknown as { __xss?: number[] }).__xss)).toEqual([0]);
      expect(watch.dialogs).toEqual(['0']);
      expect(watch.apiCalls).toContain('/api/xss.0');
      // With the page's token, the call reaches the core: an XSS would have the whole API. Hence this test.
      expect(dispatched).toContain('xss.0');
    } finally {
      await watch.context.close();
      dispatched.length = 0;
    }
  }, 60_000);

  for (const bypassCSP of [false, true]) {
    it(`runs none of ${'the payloads'} ${bypassCSP ? 'with the CSP switched off (the sanitising alone)' : 'with the CSP on'}`, async () => {
      const watch = await open(browser, app, bypassCSP);
      try {
        await browseEverything(watch, seeded);
        const ran = await watch.page.evaluate(() => (window as unknown as { __xss?: number[] }).__xss ?? []);
        const csp = await watch.page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
        console.log(`hostile content (${bypassCSP ? 'CSP off' : 'CSP on'}): ${seeded.payloads} payloads in ${seeded.articleIds.length} articles and their highlights; ${watch.apiCalls.length} API calls by the page, ${watch.foreign.length} foreign requests, ${watch.dialogs.length} dialogs, ${csp.length} CSP violations`);
        expect(ran).toEqual([]);
        expect(watch.dialogs).toEqual([]);
        expect(watch.foreign).toEqual([]);
        expect(watch.apiCalls.filter((p) => p.includes('xss'))).toEqual([]);
        expect(dispatched.filter((m) => m.startsWith('xss'))).toEqual([]);
        expect(csp).toEqual([]);
      } finally {
        await watch.context.close();
      }
    }, 180_000);
  }

  describe('a page on another origin', () => {
    let attacker: LoopbackServer;
    let attackerUrl: string;
    beforeAll(async () => {
      // The attacker knows where the server is and, worst case, even its token.
      attacker = await startLoopbackServer((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end('<!doctype html><title>evil</title><p>evil</p>');
      });
      attackerUrl = `${attacker.base}/`;
    });
    afterAll(() => attacker.close());

    it('cannot read or change the notebook through the API, with or without the token', async () => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(attackerUrl);
        const before = dispatched.length;
        const outcomes = await page.evaluate(
          async ({ api, token }) => {
            const tries: Record<string, string> = {};
            const attempt = async (name: string, go: () => Promise<Response>) => {
              try {
                const res = await go();
                tries[name] = `${res.type} ${res.status} ${res.type === 'opaque' ? '' : (await res.text()).slice(0, 60)}`;
              } catch (error) {
                tries[name] = `blocked: ${(error as Error).name}`;
              }
            };
            const json = { 'content-type': 'application/json' };
            await attempt('cors with token', () => fetch(`${api}api/articles.list`, { method: 'POST', headers: { ...json, 'x-sourcebook-token': token }, body: '{}' }));
            await attempt('cors without token', () => fetch(`${api}api/articles.list`, { method: 'POST', headers: json, body: '{}' }));
            await attempt('no-cors text', () => fetch(`${api}api/articles.delete`, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: '{"id":"0000"}' }));
            await attempt('events', () => fetch(`${api}api/events`, { headers: { 'x-sourcebook-token': token } }));
            await attempt('page', () => fetch(api));
            // A form post, as a classic CSRF would do it.
            const form = Object.assign(document.createElement('form'), { method: 'POST', action: `${api}api/articles.delete`, target: 'sink' });
            form.innerHTML = '<input name="id" value="0000">';
            const sink = Object.assign(document.createElement('iframe'), { name: 'sink' });
            document.body.append(sink, form);
            form.submit();
            await new Promise((resolve) => setTimeout(resolve, 500));
            return tries;
          },
          { api: app.server.url, token: app.server.token },
        );
        console.log(`cross-origin attempts: ${JSON.stringify(outcomes)}`);
        // Reads are blocked by the browser (no CORS headers) and refused by the server; nothing reached the core.
        expect(outcomes['cors with token']).toMatch(/^blocked/);
        expect(outcomes['cors without token']).toMatch(/^blocked/);
        expect(outcomes.events).toMatch(/^blocked/);
        expect(outcomes.page).toMatch(/^blocked/);
        expect(outcomes['no-cors text']).toMatch(/^(opaque 0|blocked)/); // sent blind at most: refused by the server
        expect(dispatched.slice(before)).toEqual([]);
        expect((await call(app, 'articles.list', {})).length).toBe(seeded.articleIds.length);
      } finally {
        await context.close();
      }
    }, 60_000);
  });
});
