import type { Core } from '../../../main/core/index';
import { call } from './seed';

/**
 * An article imported twice, the second time edited: a figure's words changed a little (a close match), a
 * quoted sentence rewritten (an orphan), a claim untouched (carried exactly), and a paragraph added.
 */
export const FEES_V1 = [
  '---\ntitle: Council sets harbour fees for next year\nsource: Tidewater Gazette\ndate: 2026-01-12\n---',
  'The harbour board agreed on Monday that mooring fees will rise by twelve per cent from January, the first rise in four years. Owners of the largest yachts will pay a further surcharge for berths on the outer pontoon, which the board says costs more to maintain.',
  'Fishing boats under ten metres are exempt, the board said.',
  'The chair said the money would pay for dredging the inner basin, which has silted up since the winter storms.',
  'Owners have until March to object. The board will publish the full schedule of charges on its website next week, alongside the minutes of the meeting, and will hold a public session at the harbour office in February for anyone who wants to ask about the new charges.',
].join('\n\n');

export const FEES_V2 = FEES_V1.replace('mooring fees will rise', 'mooring fees would rise')
  .replace('The chair said the money would pay for dredging the inner basin, which has silted up since the winter storms.', 'No reason for the rise was given at the meeting.')
  .concat('\n\nThe harbour master declined to comment.');

export const FEES = {
  title: 'Council sets harbour fees for next year',
  figure: 'mooring fees will rise by twelve per cent from January',
  claim: 'Fishing boats under ten metres are exempt',
  quote: 'the money would pay for dredging the inner basin',
};

const BRIDGE_V1 = 'Swing bridge repairs delayed again\n\nThe swing bridge will stay shut until June, the county said, because the replacement gears have not arrived from the foundry.\n\nTraders on the quay say footfall has halved.';
const BRIDGE_V2 = 'Swing bridge repairs delayed again\n\nThe swing bridge will stay shut until June, the county said.\n\nTraders on the quay say footfall has halved.';
export const BRIDGE = { title: 'Swing bridge repairs delayed again', orphan: 'the replacement gears have not arrived from the foundry' };

/** Imports both articles, highlights the first versions, then imports the second versions (carrying the highlights). */
export async function seedVersions(core: Core): Promise<{ fees: string; bridge: string }> {
  const fees = (await call(core, 'import.content', { name: 'harbour-fees.md', text: FEES_V1 })).articleId!;
  await call(core, 'highlights.create', { articleId: fees, kind: 'figure', quote: FEES.figure, tags: ['fees'], note: 'Check against the board minutes' });
  await call(core, 'highlights.create', { articleId: fees, kind: 'claim', quote: FEES.claim, tags: ['fees'] });
  await call(core, 'highlights.create', { articleId: fees, kind: 'quote', quote: FEES.quote, fields: { speaker: 'the chair' } });
  const bridge = (await call(core, 'import.content', { name: 'bridge.txt', text: BRIDGE_V1 })).articleId!;
  await call(core, 'highlights.create', { articleId: bridge, kind: 'claim', quote: BRIDGE.orphan, tags: ['bridge'] });
  // The same source and title from another file: a new version (the bridge article is recognised by its file name).
  for (const [name, text] of [['harbour-fees-corrected.md', FEES_V2], ['bridge.txt', BRIDGE_V2]]) {
    const result = await call(core, 'import.content', { name: name!, text: text! });
    if (result.status !== 'updated') throw new Error(`${name} was not taken as a new version: ${result.status}`);
  }
  return { fees, bridge };
}
