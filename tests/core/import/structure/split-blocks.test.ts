import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../../main/core/import/structure/split-blocks';

describe('splitBlocks', () => {
  it('splits on blank lines and normalises line endings', () => {
    expect(splitBlocks('One.\r\n\r\nTwo.\n \nThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('keeps one-item-per-line scrapes apart', () => {
    expect(splitBlocks('Once\nMonthly\nAnnual\nContinue')).toEqual(['Once', 'Monthly', 'Annual', 'Continue']);
  });

  it('joins hard-wrapped lines of one paragraph', () => {
    const wrapped = 'The company behind the messaging app said it would not hand\nover information to the state amid reports of government\npressure to give up company data.';
    expect(splitBlocks(wrapped)).toEqual([wrapped.replace(/\n/g, ' ')]);
  });

  it('keeps single-newline paragraphs of full sentences apart', () => {
    const text = 'On Wednesday, the watchdog announced a series of restrictions on calls.\nAccording to the agency, the apps had become channels for fraud and extortion.';
    expect(splitBlocks(text)).toHaveLength(2);
  });

  it('drops blocks that are only white space, including non-breaking spaces', () => {
    expect(splitBlocks('A.\n\n\u00a0\n\nB.')).toEqual(['A.', 'B.']);
  });
});
