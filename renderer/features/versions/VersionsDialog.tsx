import { useState } from 'react';
import type { Article } from '../../../shared/model';
import { Modal } from '../../components/Modal';
import { VersionDiff } from './VersionDiff';
import { VersionHistory } from './VersionHistory';
import './versions.css';

interface Props {
  article: Article;
  open: boolean;
  onClose(): void;
}

/** Every imported version of the article, and what changed between any two of them (by default the last two). */
export function VersionsDialog({ article, open, onClose }: Props) {
  const last = article.versions.length - 1;
  const [pair, setPair] = useState({ from: Math.max(0, last - 1), to: last });
  return (
    <Modal open={open} title="Versions of this article" onClose={onClose} className="versions-dialog">
      <VersionHistory versions={article.versions} onCompare={(to) => setPair({ from: to - 1, to })} />
      <VersionDiff key={`${pair.from}-${pair.to}`} articleId={article.id} versions={article.versions} from={pair.from} to={pair.to} onChange={setPair} />
    </Modal>
  );
}
