// Metadata that pages declare about themselves, read before Readability (which changes the document) runs. These
// are the fallbacks for what Readability does not find: its own metadata comes first.

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** The canonical address: `<link rel=canonical>`, og:url, JSON-LD url, or a "saved from url" comment. */
  url: string | null;
  excerpt: string | null;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle|Review|WebPage|LiveBlogPosting)$/;

export function pageMetadata(doc: Document, rawHtml: string): PageMetadata {
  const meta = metaTags(doc);
  const ld = jsonLdArticle(doc);
  const pick = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = meta.get(key);
      if (value) return value;
    }
    return null;
  };
  const html = doc.documentElement;
  return {
    title: clean(str(ld?.headline) ?? pick('og:title', 'twitter:title', 'dc.title', 'parsely-title') ?? (doc.title || null) ?? doc.querySelector('h1')?.textContent ?? null),
    byline: clean(people(ld?.author) ?? pick('author', 'article:author', 'dc.creator', 'parsely-author', 'byl')),
    siteName: clean(str((ld?.publisher as JsonObject | undefined)?.name) ?? pick('og:site_name', 'application-name', 'twitter:site')?.replace(/^@/, '') ?? null),
    publishedTime: pick('article:published_time', 'og:article:published_time', 'datepublished', 'parsely-pub-date', 'dc.date', 'dcterms.created', 'date', 'sailthru.date') ?? str(ld?.datePublished) ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    lang: clean(html?.getAttribute('lang') ?? html?.getAttribute('xml:lang') ?? pick('content-language', 'dc.language') ?? locale(pick('og:locale')) ?? str(ld?.inLanguage)),
    dir: direction(html?.getAttribute('dir') ?? doc.body?.getAttribute('dir')),
    url: httpUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), doc) ?? httpUrl(pick('og:url'), doc) ?? httpUrl(str(ld?.url), doc) ?? savedFrom(rawHtml),
    excerpt: clean(pick('description', 'og:description', 'twitter:description') ?? str(ld?.description)),
  };
}

/** `<meta>` by lower-cased name, property or http-equiv; the first of each wins. */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of doc.querySelectorAll('meta')) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('http-equiv') ?? element.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = element.getAttribute('content')?.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

/** The first JSON-LD object that describes an article (looking through arrays and `@graph`). */
function jsonLdArticle(doc: Document): JsonObject | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue; // broken JSON-LD is common; the page has other metadata
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return null;
}

function findArticle(data: unknown, depth: number): JsonObject | null {
  if (depth > 4 || !data || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const object = data as JsonObject;
  const types = ([] as unknown[]).concat(object['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return object;
  return findArticle(object['@graph'], depth + 1);
}

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** JSON-LD authors: a name, a Person, or a list of either. */
function people(value: unknown): string | null {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  const names = list.map((p) => (typeof p === 'string' ? p : str((p as JsonObject)?.name))).filter((n): n is string => !!n && !/^https?:/.test(n));
  return names.length ? names.join(', ') : null;
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

const locale = (value: string | null): string | null => (value ? value.replace('_', '-') : null);

export function direction(value: string | null | undefined): 'ltr' | 'rtl' | null {
  const dir = value?.trim().toLowerCase();
  return dir === 'ltr' || dir === 'rtl' ? dir : null;
}

/** An absolute http(s) address, resolved against the document; anything else is null. */
function httpUrl(value: string | null | undefined, doc: Document): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), doc.baseURI === 'about:blank' ? undefined : doc.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Browsers mark saved pages with `<!-- saved from url=(0042)https://… -->` (the "mark of the web"). */
function savedFrom(rawHtml: string): string | null {
  const match = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i.exec(rawHtml.slice(0, 4096));
  return match ? match[1]! : null;
}
