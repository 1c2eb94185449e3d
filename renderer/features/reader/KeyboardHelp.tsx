export const KEYS_DESCRIPTION_ID = 'article-keys';

/** What the article text does with keys, read by screen readers when it gets focus (see useKeyboardSelection). */
export function KeysDescription() {
  return (
    <p id={KEYS_DESCRIPTION_ID} className="visually-hidden">
      Press Enter to select the first sentence in view. The up and down arrows move the selection by a sentence, with Shift one sentence more or
      fewer; left and right move its start by a word, with Shift its end. Then 1, 2 or 3 tags it as a claim, figure or quote, Enter moves to the
      tagging toolbar for tags and a note, and Escape lets go.
    </p>
  );
}

/** The same, on screen, while the text has keyboard focus: the keys are not guessable. */
export function KeyboardHelp({ active }: { active: boolean }) {
  return (
    <div className="keys-help" aria-hidden="true">
      {active ? (
        <>
          <span>
            <kbd>↑</kbd>
            <kbd>↓</kbd> sentence
          </span>
          <span>
            <kbd>Shift</kbd> <kbd>↑</kbd>
            <kbd>↓</kbd> fewer/more
          </span>
          <span>
            <kbd>←</kbd>
            <kbd>→</kbd> move start
          </span>
          <span>
            <kbd>Shift</kbd> <kbd>←</kbd>
            <kbd>→</kbd> move end
          </span>
          <span>
            <kbd>1</kbd>
            <kbd>2</kbd>
            <kbd>3</kbd> tag
          </span>
          <span>
            <kbd>Enter</kbd> tags and note
          </span>
          <span>
            <kbd>Esc</kbd> let go
          </span>
        </>
      ) : (
        <span>
          <kbd>Enter</kbd> select a sentence to tag, then shape it with the arrow keys
        </span>
      )}
    </div>
  );
}
