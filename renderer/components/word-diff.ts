import { diffWordsWithSpace } from 'diff';
import type { TextChange } from '../../shared/model';
import { groupChanges } from './text-changes';

/**
 * What changed between two short texts (a highlight's passage before and after a new version), word by word and
 * grouped for reading. The article diff comes from the core; this one is for the few words of one highlight.
 */
export function wordDiff(before: string, after: string): TextChange[] {
  const changes = diffWordsWithSpace(before, after).map<TextChange>((c) => ({ type: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
  return groupChanges(changes);
}
