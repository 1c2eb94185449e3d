import { useState } from 'react';
import type { DiffPiece } from './text-changes';
import { plural } from './format';
import './changes.css';

interface Props {
  pieces: DiffPiece[];
  /** Marks the first piece of each change, so "next change" can move focus there. */
  navigable?: boolean;
}

/**
 * Text with its changes marked. Never by colour alone: removed text is struck through and added text underlined,
 * and each carries a word for screen readers ("removed:", "added:") that is not shown.
 */
export function ChangeText({ pieces, navigable = false }: Props) {
  return (
    <>
      {pieces.map((piece, i) => {
        const startsChange = navigable && piece.type !== 'same' && piece.type !== 'folded' && !isChange(pieces[i - 1]);
        const focus = startsChange ? { tabIndex: -1, 'data-change': '' } : {};
        switch (piece.type) {
          case 'same':
            return <span key={i}>{piece.text}</span>;
          case 'removed':
            return (
              <del key={i} className="change-removed" {...focus}>
                <span className="visually-hidden">[removed: </span>
                {piece.text}
                <span className="visually-hidden">]</span>
              </del>
            );
          case 'added':
            return (
              <ins key={i} className="change-added" {...focus}>
                <span className="visually-hidden">[added: </span>
                {piece.text}
                <span className="visually-hidden">]</span>
              </ins>
            );
          case 'folded':
            return <Folded key={i} text={piece.text} words={piece.words} />;
        }
      })}
    </>
  );
}

const isChange = (piece: DiffPiece | undefined): boolean => piece?.type === 'added' || piece?.type === 'removed';

/** Unchanged text folded away; a click (or Enter) shows it in place. Its name says so: "… 23 unchanged words …, show". */
function Folded({ text, words }: { text: string; words: number }) {
  const [open, setOpen] = useState(false);
  if (open) return <span>{text}</span>;
  return (
    <button type="button" className="change-folded" onClick={() => setOpen(true)} title="Show these words" aria-label={`Show ${plural(words, 'unchanged word')}`}>
      … {plural(words, 'unchanged word')} …
    </button>
  );
}
