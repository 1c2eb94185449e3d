// Site furniture that scrapes of news pages carry around the article: paywall and donation appeals, newsletter
// sign-ups, share and reply widgets, maintenance notices. Like Readability's "unlikely candidates", these are
// phrase lists; they only decide what is left out of the body, and nothing is thrown away.

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** A whole short block that is a widget, button or menu label. */
const WIDGET =
  /^(?:[×x✕]|share\.?|share this( article| story)?|tweet|email|print|comments?|\d+ comments?|leave a reply|reply|exit mobile version|scroll to top|back to top|read more|continue( reading)?|source link|advertisement|sponsored( content)?|related( articles| stories| posts)?|most read|recommended( for you)?|subscribe( now)?|sign up|sign in|log ?in|menu|search|skip to (main )?content|once|monthly|annual(ly)?|yearly|donate( now)?|support us|remind me later\.?|not ready to support today\??|pa(i|y)ments? methods|close|next|previous|loading\.*|privacy policy|terms of (use|service)|cookie (policy|settings))$/i;

/** Phrases that only site furniture uses; trusted in any block of up to 25 words. */
const FURNITURE =
  /((sign up|subscribe|weekly|daily|free) (for |to )?(our )?(\w+ )?newsletter|newsletter contains|subscribers agree|ad-free|disabled all ads|improve your reading experience|under maintenance|sorry for the inconvenience|(we|this site) uses? cookies|accept (all )?cookies|all rights reserved|©|(agree to|read|see|view|accept) (the |our )?(privacy policy|terms of (use|service))|follow us on|click here to|in your (mailbox|inbox)|never miss (the|a|an)\b)/i;

/** Appeals for money or sign-ups. Trusted only before the article starts (paywall banners). */
const APPEAL =
  /(newsletter|subscribe\b|^support (us|our|the\b.*!$)|your support|support today|donat(e|ion)|we need your help|our journalism|ad-free|disabled all ads|reading experience|paywall|already a subscriber)/i;

/** Blocks that open a trailing section of furniture: from here to the end is not the article. */
const TAIL_START =
  /^(a message from\b|dear readers?,?$|sign up for\b|subscribe to (our|the)\b|related (articles|stories|posts|coverage)\b|more from\b|you may also like|topics?:|tags?:|filed under\b|source link$|leave a reply$|share\.?$|read more$|about the author$)/i;

export interface BoilerplateVerdict {
  boilerplate: boolean[];
}

/**
 * Marks which blocks are boilerplate: widget labels anywhere, appeals near the top (before the article starts)
 * or in short blocks, and everything from a trailing-section marker to the end once the article has begun.
 */
export function findBoilerplate(blocks: string[]): boolean[] {
  const verdict = blocks.map((b) => WIDGET.test(b.trim()) || (FURNITURE.test(b) && wordCount(b) <= 25));

  // Head: until the first prose block that is not an appeal, appeals may be long (paywall banners).
  for (let i = 0; i < blocks.length; i++) {
    if (APPEAL.test(blocks[i]!)) verdict[i] = true;
    else if (!verdict[i] && isProse(blocks[i]!)) break;
  }

  // Tail: once at least a few prose blocks have gone by, a section marker starts the furniture.
  let prose = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (prose >= 3 && TAIL_START.test(blocks[i]!.trim())) {
      for (let j = i; j < blocks.length; j++) verdict[j] = true;
      break;
    }
    if (!verdict[i] && isProse(blocks[i]!)) prose++;
  }
  return verdict;
}

/** A paragraph of running text rather than a label: several words ending like a sentence. */
export function isProse(block: string): boolean {
  return wordCount(block) >= 12 && /[.!?"”’»)]$/u.test(block.trim());
}

const OUTLET_NAME = "((?:The\\s+)?[A-Z][\\w’'&.-]*(?:\\s+[A-Z][\\w’'&.-]*){0,4})";
const OUTLET_PATTERNS = [
  new RegExp(`^A message from ${OUTLET_NAME}\\s*:?$`),
  new RegExp(`^Support ${OUTLET_NAME}\\s*!?$`),
  new RegExp(`from ${OUTLET_NAME}\\. You will receive`),
  new RegExp(`^(?:©|Copyright)\\s*(?:\\d{4}\\s+)?${OUTLET_NAME}`),
  new RegExp(`designated ${OUTLET_NAME} as an`),
];

/** The publication a scrape came from, as its own boilerplate names it ("A Message from The Moscow Times:"). */
export function outletFromBoilerplate(boilerplate: string[]): string | null {
  const votes = new Map<string, number>();
  for (const block of boilerplate) {
    for (const pattern of OUTLET_PATTERNS) {
      const name = pattern.exec(block.trim())?.[1]?.replace(/[.’']+$/u, '');
      if (name && wordCount(name) <= 5) votes.set(name, (votes.get(name) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [name, count] of votes) if (best === null || count > votes.get(best)!) best = name;
  return best;
}
