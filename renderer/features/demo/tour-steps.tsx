import type { ReactNode } from 'react';
import { KINDS } from '../../../shared/model';
import { command } from '../../app/commands';
import { KindBadge } from '../../components/KindBadge';
import { KIND_KEY } from '../../components/kinds';

export interface TourStep {
  title: string;
  body: ReactNode;
}

const KIND_MEANING = { claim: 'what someone asserts', figure: 'a number, and what it measures', quote: 'someone’s own words, and who said them' };

/** The first-run tour: what the app is for, in four short steps (the things a newcomer would not guess). */
export const TOUR_STEPS: TourStep[] = [
  {
    title: 'Three kinds of highlight',
    body: (
      <>
        <p>Sourcebook tags the passages of news articles that matter when you check them:</p>
        <ul className="tour-kinds">
          {KINDS.map((k) => (
            <li key={k}>
              <KindBadge kind={k} /> {KIND_MEANING[k]}
            </li>
          ))}
        </ul>
        <p>The notebook starts with a few demo articles, some already tagged, to try things on.</p>
      </>
    ),
  },
  {
    title: 'Tag with 1, 2 or 3',
    body: (
      <>
        <p>
          Select a passage in an article and press{' '}
          {KINDS.map((k) => (
            <kbd key={k}>{KIND_KEY[k]}</kbd>
          ))}{' '}
          for claim, figure or quote. <kbd>Tab</kbd> first to add tags and a note.
        </p>
        <p>
          Without a mouse: Tab to the article text and press <kbd>Enter</kbd> to select a sentence, then shape it with the arrow keys.
        </p>
      </>
    ),
  },
  {
    title: 'Search everything',
    body: (
      <p>
        <kbd>{command('find').shortcut}</kbd> searches articles, highlights, notes and tags as you type, and narrows by kind or tag. A result opens the
        article at the passage.
      </p>
    ),
  },
  {
    title: 'Weigh the evidence',
    body: (
      <>
        <p>
          The <strong>Board</strong> (<kbd>{command('board').shortcut}</kbd>) lists every claim, figure and quote of the notebook: query it with{' '}
          <code>value:&gt;1000000</code> or <code>status:disputed</code>, group it, chart a figure across sources, and see where articles agree or
          differ.
        </p>
        <p>
          <strong>Suggest</strong> in an article proposes passages to tag, drawn dashed: <kbd>Enter</kbd> accepts one as suggested,{' '}
          {KINDS.map((k) => (
            <kbd key={k}>{KIND_KEY[k]}</kbd>
          ))}{' '}
          accept it as a claim, figure or quote, <kbd>Del</kbd> dismisses it.
        </p>
      </>
    ),
  },
  {
    title: 'Share and export',
    body: (
      <p>
        <strong>Export…</strong> writes a bundle a teammate merges into their notebook, or W3C annotations, REFI-QDA, Markdown, CSV and CSL-JSON for
        other tools. A teammate’s bundle merges in from <strong>Import…</strong>, with a report before anything changes.
      </p>
    ),
  },
];
