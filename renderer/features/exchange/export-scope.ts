import type { ExportSelection } from '../../../shared/exchange';
import type { Kind } from '../../../shared/model';
import { KIND_PLURAL } from '../../components/kinds';

/** What to export: the four choices of the dialog (the contract's filters could combine; one at a time is clearer). */
export type ExportScope = { by: 'all' } | { by: 'tag'; tag: string } | { by: 'kind'; kind: Kind } | { by: 'articles'; ids: string[] };

export function selectionOf(scope: ExportScope): ExportSelection {
  switch (scope.by) {
    case 'all':
      return {};
    case 'tag':
      return { tag: scope.tag };
    case 'kind':
      return { kind: scope.kind };
    case 'articles':
      return { articleIds: scope.ids };
  }
}

/** A word for the file name: the tag, the kind, the article's title, or how many articles. */
export function scopeLabel(scope: ExportScope, titleOf: (id: string) => string | undefined = () => undefined): string {
  switch (scope.by) {
    case 'all':
      return '';
    case 'tag':
      return scope.tag;
    case 'kind':
      return KIND_PLURAL[scope.kind];
    case 'articles':
      return scope.ids.length === 1 ? (titleOf(scope.ids[0]!) ?? 'article') : `${scope.ids.length}-articles`;
  }
}

/** Why the scope cannot be exported yet, or null when it can. */
export function scopeProblem(scope: ExportScope): string | null {
  if (scope.by === 'tag' && !scope.tag) return 'Choose a tag.';
  if (scope.by === 'articles' && scope.ids.length === 0) return 'Choose at least one article.';
  return null;
}
