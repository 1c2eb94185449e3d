// Who said it: the speaker and role named by the attribution around a quote or a reported claim ("Roskomnadzor
// said", "said councillor Ana Ruiz", "the head of Russia’s FSB, Alexander Bortnikov, accused", "according to …").
// Pure and rule-based; the result is a suggestion the user confirms or edits.

export interface Attribution {
  speaker: string;
  speakerRole?: string;
  /** The reporting verb or phrase ("said", "according to"). */
  verb: string;
  /** Where the attribution (speaker and verb) lies in the text given. */
  start: number;
  end: number;
}

export const REPORTING_VERBS =
  'said says say told tells tell added adds stated states wrote writes claimed claims alleged alleges accused accuses argued argues insisted insists ' +
  'noted notes explained explains warned warns announced announces declared declares reported reports replied responded asked denied denies ' +
  'rejected rejects dismissed dismissing called calling described describing admitted admits acknowledged confirmed confirms suggested suggests ' +
  'emphasized emphasised emphasizes emphasises indicated indicates highlighted demanded demands threatened pledged promised vowed estimated predicted ' +
  'cautioned complained conceded countered maintained mentioned observed recalled remarked revealed stressed tweeted posted wrote expressed ' +
  'reiterated urged believes believed thinks thought concluded testified disclosed assured blamed found';
const VERBS = REPORTING_VERBS.split(' ').join('|');
/** Verbs that make the sentence a claim as well as a report: assertions someone may dispute. */
export const CLAIM_VERBS = new Set('claimed claims alleged alleges accused accuses insisted insists argued argues denied denies maintained asserted contended warned threatened rejected dismissed dismissing charged'.split(' '));

/** Titles and roles that precede a name ("Digital Development Minister Maksut Shadayev", "councillor Ana Ruiz"). */
const ROLE_WORDS =
  /\b(?:minister|president|prime minister|spokesperson|spokesman|spokeswoman|spokesperson|ceo|founder|co-founder|chief|head|director|chairman|chairwoman|chair|senator|councillor|councilor|mayor|governor|secretary|officer|professor|prof\.|dr\.?|general|judge|ambassador|analyst|economist|lawyer|attorney|manager|editor|researcher|expert|official|adviser|advisor|leader|deputy|commissioner|representative|rep\.|sen\.|gov\.|executive|owner|member|mp|lawmaker|prosecutor|inspector|captain|colonel|sergeant|chancellor|king|queen|prince|activist|scientist|engineer)s?\b/i;
const PRONOUNS = /^(?:he|she|they|it|we|i)$/i;
const NAME = String.raw`[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|de|van|von|al|bin|da|del|la|le))*`;
/** A speaker: a name, or a short description ("the company", "a spokesperson", "Russia’s state media regulator"). */
const SPEAKER = String.raw`(?:(?:the|a|an)\s+)?(?:[\p{L}][\p{L}.'’&-]*\s+){0,8}?[\p{L}][\p{L}.'’&-]*`;
const ADVERBS = String.raw`(?:\s+(?:then|also|later|earlier|previously|reportedly|recently|further|has|had|have|once|again|repeatedly|publicly|separately|on\s+\p{Lu}\p{Ll}+day|\p{Ll}+ly))*`;

const AFTER_INVERTED = new RegExp(String.raw`^\s*[,.!?]?\s*(?<verb>${VERBS})\s+(?<who>${SPEAKER})\s*(?:[,.;:!?]|\s+(?:in|on|at|to|during|after|before|when|while)\b|$)`, 'u');
const AFTER_NORMAL = new RegExp(String.raw`^\s*[,.!?]?\s*(?<who>${SPEAKER})${ADVERBS}\s+(?<verb>${VERBS})\b`, 'u');
const ACCORDING = /\baccording to\s+(?<who>[^,.;:]{2,80}?)(?=\s*(?:[,.;:]|\bcited by\b|$))/iu;

/**
 * The attribution of the passage `[start, end)` of `sentence` (a quote or a paraphrase): first after it ("…,” X
 * said"), then "according to", then before it ("X said that …"). `previous` resolves "he added" and "It said".
 * @returns undefined when the sentence names no speaker
 */
export function parseAttribution(sentence: string, start = 0, end = start, previous?: { speaker: string; speakerRole?: string }): Attribution | undefined {
  const found = accordingTo(sentence) ?? passiveBy(sentence) ?? afterPassage(sentence, end) ?? beforePassage(sentence, start);
  if (!found) return undefined;
  if (PRONOUNS.test(found.speaker)) {
    if (!previous) return undefined;
    return { ...found, speaker: previous.speaker, ...(previous.speakerRole ? { speakerRole: previous.speakerRole } : {}) };
  }
  return found;
}

function afterPassage(sentence: string, end: number): Attribution | undefined {
  const tail = sentence.slice(end);
  const inverted = AFTER_INVERTED.exec(tail);
  if (inverted) return build(inverted.groups!.who!, inverted.groups!.verb!, end + inverted.index, end + inverted[0].length);
  const normal = AFTER_NORMAL.exec(tail);
  if (normal) return build(normal.groups!.who!, normal.groups!.verb!, end + normal.index, end + normal[0].length);
  return undefined;
}

const PASSIVE_BY = /\b(?<verb>reported|cited|claimed|alleged|stated|announced|quoted)\s+by\s+(?<who>[^,.;:]{2,60}?)(?=\s*[,.;:]|$)/iu;

/** "This decision, reported by state media, …" → state media. */
function passiveBy(sentence: string): Attribution | undefined {
  const m = PASSIVE_BY.exec(sentence);
  return m ? build(m.groups!.who!, m.groups!.verb!, m.index, m.index + m[0].length, true) : undefined;
}

function accordingTo(sentence: string): Attribution | undefined {
  const m = ACCORDING.exec(sentence);
  if (!m) return undefined;
  return build(m.groups!.who!.replace(/^(?:the\s+)?(?:this|that)\s+/i, 'the '), 'according to', m.index, m.index + m[0].length, true);
}

function beforePassage(sentence: string, start: number): Attribution | undefined {
  const head = sentence.slice(0, start || sentence.length);
  let best: RegExpExecArray | null = null;
  for (const m of head.matchAll(new RegExp(String.raw`\b(?<verb>${VERBS})\b`, 'gu'))) best = m as RegExpExecArray;
  if (!best) return undefined;
  // The speaker is the clause before the verb, after the last "that"/"which" or semicolon.
  let clause = head.slice(0, best.index);
  // "…, Telegram’s founder Pavel Durov then replied.", "…, emergency services said on Sunday.": a verb that ends
  // the sentence takes the clause after the last comma, and a plain noun phrase will do as its speaker.
  const endsSentence = TRAILING.test(head.slice(best.index + best[0].length));
  if (endsSentence) clause = clause.replace(/^[^]*,\s*/u, '');
  // "X denied that …, calling the figures “…”": the participle's speaker is the main clause's.
  if (/ing$/.test(best.groups!.verb!) && /,\s*$/.test(clause)) {
    const main = parseAttribution(head.slice(0, head.lastIndexOf(',', best.index)), 0, 0);
    if (main) return { ...main, verb: best.groups!.verb!.toLowerCase() };
  }
  clause = clause.replace(/^[^]*(?:\b(?:that|which|who|as)\s|;\s)/u, '');
  clause = clause.replace(/^(?:(?:on|in|at|by|earlier|later|meanwhile|however|today|yesterday)\b[^,]*,\s*)+/i, '');
  const dismissing = /^[^]*?,\s*$/.test(clause) && /ing$/.test(best.groups!.verb!) ? subjectOf(head) : undefined;
  const who = (dismissing ?? clause).trim().replace(/\s+(?:then|also|later|earlier|previously|reportedly|recently|has|had|have|once|again|repeatedly|publicly|\p{Ll}+ly)$/u, '').replace(/,$/, '');
  if (!who || who.split(/\s+/).length > 14) return undefined;
  return build(who, best.groups!.verb!, best.index - clause.length, best.index + best[0].length, endsSentence);
}

/** What may follow a reporting verb at the end of a sentence: "on Thursday", "in a statement", "late on Tuesday". */
const TRAILING = /^\s*(?:(?:late\s+)?(?:on|in|at|last|this|earlier|yesterday|today)\b[^,;]{0,40})?\s*[.!?]?\s*$/i;

/** "Roskomnadzor has refused to comment on the claims, dismissing them" → Roskomnadzor. */
function subjectOf(sentence: string): string | undefined {
  return new RegExp(String.raw`^(${SPEAKER}?)\s+(?:has|had|have|is|was|were|are|will|would|did|does)\b`, 'u').exec(sentence)?.[1];
}

/** Splits "the head of Russia’s FSB security service, Alexander Bortnikov" and "Minister Maksut Shadayev" into role and name. */
export function splitSpeaker(raw: string): { speaker: string; speakerRole?: string } {
  const text = raw.trim().replace(/\s+/g, ' ').replace(/^[,\s]+|[,\s]+$/g, '');
  const parts = text.split(/\s*,\s*/).filter(Boolean);
  if (parts.length >= 2) {
    const nameIndex = parts.findIndex((p) => new RegExp(`^${NAME}$`, 'u').test(p) && !ROLE_WORDS.test(p));
    if (nameIndex >= 0) {
      const role = parts.filter((_, i) => i !== nameIndex).join(', ');
      return { speaker: parts[nameIndex]!, ...(role ? { speakerRole: role } : {}) };
    }
  }
  // "Digital Development Minister Maksut Shadayev", "councillor Ana Ruiz", "Telegram founder Pavel Durov"
  const words = text.split(' ');
  let lastRole = -1;
  words.forEach((w, i) => {
    if (ROLE_WORDS.test(w)) lastRole = i;
  });
  if (lastRole >= 0 && lastRole < words.length - 1) {
    const name = words.slice(lastRole + 1).join(' ');
    if (new RegExp(`^${NAME}$`, 'u').test(name)) return { speaker: name, speakerRole: words.slice(0, lastRole + 1).join(' ') };
  }
  return { speaker: text };
}

/** Openings that are not part of a speaker: "Thus in December 2015 German Klimenko…", "Earlier this week, …". */
const LEADING_ADVERBIAL =
  /^(?:(?:and|but|so|while|thus|then|meanwhile|however|still|also|now|later|earlier|separately|previously)\s+|(?:in|on|at|since|by|during|earlier|later|last|this)\s+(?:(?:early|late|mid-?|the)\s*)?(?:[\p{Lu}][\p{Ll}]+\s+)?(?:\d{1,2}\s+)?(?:\d{4}|week|month|year|\p{Lu}\p{Ll}+day)\b,?\s*)+/iu;
/** Words a speaker phrase does not contain: a clause ("Roskomnadzor has refused to comment on the claims") is not a speaker. */
const NOT_IN_SPEAKER = /\b(?:has|have|had|is|are|was|were|will|would|did|does|do|not|to|that|which|who|be|been|can|could|may|might|should|must)\b/i;
const PREPOSITION_START = /^(?:in|on|at|for|with|from|by|to|as|under|after|before|during|into|over|if|when|while|because)\b/i;

/** `loose`: after "according to" or "reported by", where a plain noun phrase ("state media") is a fine source. */
function build(who: string, verb: string, start: number, end: number, loose = false): Attribution | undefined {
  const cleaned = who.replace(/^[\s"“”«»‘’,.;:]+/u, '').replace(LEADING_ADVERBIAL, '').replace(/[\s.,;:!?]+$/, '').trim();
  if (NOT_IN_SPEAKER.test(cleaned.replace(/\b(?:head|chief|director|minister|advisor|adviser) of\b.*$/i, '')) || PREPOSITION_START.test(cleaned)) return undefined;
  if (!cleaned || /^(?:that|which|this|there)$/i.test(cleaned)) return undefined;
  // A speaker opens with a name or a determiner; "claims to guarantee its users…" is a clause, not a speaker.
  if (!loose && !ROLE_WORDS.test(cleaned.split(' ')[0]!) && (!/^(?:(?:the|a|an|his|her|its|their|our|some|many|several|critics|officials|analysts|experts|authorities|he|she|they|it|we|i)\b|[\p{Lu}\d])/iu.test(cleaned) || /^\p{Ll}/u.test(cleaned) && !/^(?:the|a|an|his|her|its|their|our|some|many|several|critics|officials|analysts|experts|authorities|he|she|they|it|we|i)\b/u.test(cleaned))) return undefined;
  const { speaker, speakerRole } = splitSpeaker(cleaned);
  return { speaker, ...(speakerRole ? { speakerRole } : {}), verb: verb.toLowerCase(), start, end };
}
