import { useState } from 'react';
import { Modal } from '../../components/Modal';
import { TOUR_STEPS } from './tour-steps';
import './demo.css';

/**
 * A short tour the first time the app opens (and again from About). However it is left, by finishing, skipping or
 * Escape, it counts as seen: `onClose` remembers that.
 */
export function FirstRunTour({ open, onClose }: { open: boolean; onClose(): void }) {
  const [index, setIndex] = useState(0);
  const step = TOUR_STEPS[index]!;
  const last = index === TOUR_STEPS.length - 1;
  const close = () => {
    setIndex(0);
    onClose();
  };
  return (
    <Modal open={open} title="Welcome to Sourcebook" onClose={close} className="tour-dialog">
      <section className="tour-step" aria-labelledby="tour-step-title" aria-live="polite">
        <p className="tour-count">
          Step {index + 1} of {TOUR_STEPS.length}
        </p>
        <h3 id="tour-step-title">{step.title}</h3>
        {step.body}
      </section>
      <div className="dialog-actions tour-actions">
        <button type="button" className="button button-quiet" onClick={close}>
          {last ? 'Close' : 'Skip the tour'}
        </button>
        <span className="tour-dots" aria-hidden="true">
          {TOUR_STEPS.map((s, i) => (
            <span key={s.title} className={i === index ? 'is-current' : undefined} />
          ))}
        </span>
        {index > 0 && (
          <button type="button" className="button" onClick={() => setIndex(index - 1)}>
            Back
          </button>
        )}
        <button type="button" className="button button-primary" data-autofocus onClick={() => (last ? close() : setIndex(index + 1))}>
          {last ? 'Start' : 'Next'}
        </button>
      </div>
    </Modal>
  );
}
