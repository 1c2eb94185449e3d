// Speakers and roles from the attributions of real sentences (the seeds' first) and common news forms.
import { describe, expect, it } from 'vitest';
import { parseAttribution, splitSpeaker } from '../../../main/core/evidence/parse-attribution';
import { findQuotations } from '../../../main/core/evidence/sentences';

const attribution = (sentence: string) => {
  const q = findQuotations(sentence)[0];
  const a = parseAttribution(sentence, q?.start ?? 0, q?.end ?? 0, { speaker: 'Earlier Speaker' });
  return a && { speaker: a.speaker, speakerRole: a.speakerRole, verb: a.verb };
};

describe('parseAttribution', () => {
  it.each([
    ['“Telegram has deleted up to 100 of these services each week,” Roskomnadzor said.', { speaker: 'Roskomnadzor', verb: 'said' }],
    ['"This is a good day," said councillor Ana Ruiz.', { speaker: 'Ana Ruiz', speakerRole: 'councillor', verb: 'said' }],
    ['"No other government has ever received any information from us.” the company said in a statement on Tuesday.', { speaker: 'the company', verb: 'said' }],
    ['Spokesperson Vadim Ampelonsky told Russia’s Interfax news agency that the organization was in “constant interaction."', { speaker: 'Vadim Ampelonsky', speakerRole: 'Spokesperson', verb: 'told' }],
    ['Digital Development Minister Maksut Shadayev claimed this week that foreign services gained access.', { speaker: 'Maksut Shadayev', speakerRole: 'Digital Development Minister', verb: 'claimed' }],
    ['a charge that Telegram rejected as “deliberate fabrication.”', { speaker: 'Telegram', verb: 'rejected' }],
    ['On Thursday, the head of Russia’s FSB security service, Alexander Bortnikov, accused Telegram founder Pavel Durov of “pursuing selfish interests”.', { speaker: 'Alexander Bortnikov', speakerRole: 'the head of Russia’s FSB security service', verb: 'accused' }],
    ['Roskomnadzor has refused to comment on the claims, dismissing them as “rumors, spread by the media.”', { speaker: 'Roskomnadzor' }],
    ['“The threat of blocking [Telegram] will not affect our privacy policy,” he added.', { speaker: 'Earlier Speaker', verb: 'added' }],
    ['According to Roskomnadzor, these foreign messaging apps have become channels for fraud.', { speaker: 'Roskomnadzor', verb: 'according to' }],
    ['The messenger will not allow security agencies to access such content, Telegram’s founder Pavel Durov then replied.', { speaker: 'Pavel Durov', speakerRole: 'Telegram’s founder', verb: 'replied' }],
    ['Thus in December 2015 German Klimenko, the Internet advisor of Russian president Vladimir Putin, threatened to block Telegram.', { speaker: 'German Klimenko', speakerRole: 'the Internet advisor of Russian president Vladimir Putin' }],
    ['This decision, reported by state media, is framed as a necessary measure.', { speaker: 'state media', verb: 'reported' }],
    ['Floodwater had reached hundreds of homes by Sunday evening, emergency services said.', { speaker: 'emergency services', verb: 'said' }],
    ['Governor Lisa Moreau’s office denied that the state had cut funding, calling the figures “a misreading of the budget lines.”', { speaker: 'Governor Lisa Moreau’s office' }],
    ['"They hired like it was 2021 forever," analyst Kim Reyes wrote in a note to clients.', { speaker: 'Kim Reyes', speakerRole: 'analyst', verb: 'wrote' }],
    ['As of January 2017, Telegram had 6 million users, according to Combot data cited by business daily Vedomosti.', { speaker: 'Combot data', verb: 'according to' }],
  ])('%s', (sentence, expected) => {
    expect(attribution(sentence)).toMatchObject(expected);
  });

  it.each(['Threema, “the world’s favorite secure messenger,” was added to the list earlier this year.', 'Telegram has around 90 million users in Russia.'])(
    'names nobody in: %s',
    (sentence) => expect(attribution(sentence)).toBeUndefined(),
  );
});

describe('splitSpeaker', () => {
  it.each([
    ['Digital Development Minister Maksut Shadayev', { speaker: 'Maksut Shadayev', speakerRole: 'Digital Development Minister' }],
    ['Telegram founder Pavel Durov', { speaker: 'Pavel Durov', speakerRole: 'Telegram founder' }],
    ['Alexander Bortnikov, head of the FSB', { speaker: 'Alexander Bortnikov', speakerRole: 'head of the FSB' }],
    ['Roskomnadzor', { speaker: 'Roskomnadzor' }],
    ['the company', { speaker: 'the company' }],
  ])('%s', (raw, expected) => expect(splitSpeaker(raw)).toEqual(expected));
});
