import type { Block, BlockRole } from '../../../../shared/model';
import { findBoilerplate, isProse, outletFromBoilerplate } from './boilerplate';
import { parseDateLine } from './dates';
import { splitBlocks } from './split-blocks';
import { titleFromText } from './title';

export interface AnalysedText {
  blocks: Block[];
  /** The headline when the text has one, else null (see `titleFromText`). */
  headline: string | null;
  source: string | null;
  author: string | null;
  date: string | null;
  dateText: string | null;
  warnings: string[];
}

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

const BYLINE = /^(?:by|written by|words by|author:)\s+((?:[\p{Lu}][\p{L}'’.-]*\s*(?:,|and|&)?\s*){1,8})$/iu;
const NAME = "[\\p{Lu}][\\p{L}'’.-]+";
const AGENCY = '[\\p{Lu}][\\p{L}&.-]*(?:\\s+[\\p{Lu}][\\p{L}&.-]*){0,3}';
const CREDIT = new RegExp(`^(?:${NAME}\\s+){1,3}${NAME}\\s*/\\s*${AGENCY}$`, 'u');
const CAPTION_WITH_CREDIT = new RegExp(`[.!?]["”’]?\\s+(?:${NAME}\\s+){1,3}${NAME}\\s*/\\s*${AGENCY}$`, 'u');
const PHOTO_CREDIT = /^(?:photo|image|illustration|picture)s?(?:\s+by|\s*:|\s*credit:)\s+\S.{0,80}$/i;

/** Short, headline-shaped: starts with a capital or digit and does not end like a sentence or a clause. */
export function isTitleLike(block: string): boolean {
  const n = words(block);
  return n >= 2 && n <= 25 && block.length <= 200 && /^["“‘«]?[\p{Lu}\d]/u.test(block) && !/[.,;:]$/.test(block.trim());
}

/**
 * Finds the structure of a scraped article: boilerplate around it, then in its head a date line, byline,
 * headline, standfirst and photo credit, and section headings in its body. Every block is kept with its role.
 */
export function analyseText(text: string, today = new Date()): AnalysedText {
  return analyseParagraphs(splitBlocks(text), today);
}

export function analyseParagraphs(paragraphs: string[], today = new Date()): AnalysedText {
  const boilerplate = findBoilerplate(paragraphs);
  const roles: BlockRole[] = paragraphs.map((_, i) => (boilerplate[i] ? 'boilerplate' : 'body'));
  const result: AnalysedText = { blocks: [], headline: null, source: null, author: null, date: null, dateText: null, warnings: [] };

  // The head: everything before the first paragraph of running text.
  for (let i = 0; i < paragraphs.length; i++) {
    if (roles[i] === 'boilerplate') continue;
    const block = paragraphs[i]!;
    if (isProse(block) && !CAPTION_WITH_CREDIT.test(block)) break;
    const date = result.date === null ? parseDateLine(block, today) : null;
    const byline = result.author === null ? BYLINE.exec(block) : null;
    if (date) {
      roles[i] = 'dateline';
      result.date = date.iso;
      result.dateText = block;
      if (date.yearInferred) result.warnings.push(`The date "${block}" has no year; ${date.iso.slice(0, 4)} is the latest year whose calendar matches it.`);
    } else if (byline) {
      roles[i] = 'byline';
      result.author = byline[1]!.trim().replace(/[,&\s]+$/, '');
    } else if (CREDIT.test(block) || CAPTION_WITH_CREDIT.test(block) || PHOTO_CREDIT.test(block)) {
      roles[i] = 'credit';
    } else if (result.headline === null && isTitleLike(block) && hasBodyAfter(roles, i)) {
      roles[i] = 'title';
      result.headline = block;
    } else if (result.headline !== null && roles[i - 1] === 'title' && isTitleLike(block)) {
      roles[i] = 'standfirst';
    }
  }

  // Section headings: short headline-shaped blocks between paragraphs of the body.
  for (let i = 1; i < paragraphs.length - 1; i++) {
    if (roles[i] === 'body' && words(paragraphs[i]!) <= 14 && isTitleLike(paragraphs[i]!) && roles[i + 1] === 'body' && isProse(paragraphs[i + 1]!)) {
      roles[i] = 'heading';
    }
  }

  result.blocks = paragraphs.map((text, i) => ({ role: roles[i]!, text }));
  result.source = outletFromBoilerplate(result.blocks.filter((b) => b.role === 'boilerplate').map((b) => b.text));
  return result;
}

function hasBodyAfter(roles: BlockRole[], index: number): boolean {
  return roles.slice(index + 1).some((role) => role === 'body');
}

/** The title to store: the headline, or one derived from the body's first sentence. */
export function chooseTitle(analysed: AnalysedText, fallback: string): string {
  if (analysed.headline) return analysed.headline;
  const first = analysed.blocks.find((b) => b.role === 'body');
  return first ? titleFromText(first.text) : fallback;
}
