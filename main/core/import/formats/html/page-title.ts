/**
 * Readability 0.6 splits "Headline | Site" and "Headline - Site" but not the en and em dashes that many sites
 * use ("Headline – Site"); later Readability versions do. This applies the same rule to those dashes, to a title
 * Readability left as the page's `<title>`: keep the part before the last dash when it has more than four words
 * (shorter parts are more likely a slogan than a headline).
 */
export function splitSiteFromTitle(title: string, documentTitle: string): string {
  const normalised = title.replace(/\s+/g, ' ').trim();
  if (normalised !== documentTitle.replace(/\s+/g, ' ').trim()) return title; // Readability chose a title of its own
  const match = /^(.*) [–—] .*$/.exec(normalised);
  if (!match) return title;
  const head = match[1]!.trim();
  return head.split(/\s+/).length > 4 ? head : title;
}
