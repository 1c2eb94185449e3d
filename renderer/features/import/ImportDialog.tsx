import { useRef } from 'react';
import { useClient } from '../../api/ApiProvider';
import { Modal } from '../../components/Modal';
import { isBundlePath } from '../exchange/bundles';
import { ImportResults } from './ImportResults';
import { PasteForm } from './PasteForm';
import { UrlForm } from './UrlForm';
import { filesFromList } from './read-files';
import type { PickedFile } from './read-files';
import type { ImportBatch } from './useImportBatch';
import './import.css';

interface Props {
  open: boolean;
  onClose(): void;
  batch: ImportBatch;
  /** Files chosen here: documents go to the batch, a .sourcebook bundle to the merge. */
  onFiles(files: PickedFile[]): void;
  /** Opens the merge of a bundle (at a path already known, from the desktop picker). */
  onMerge(path?: string): void;
  /** Opens the import of another tool's annotations (W3C, REFI-QDA). */
  onImportAnnotations(): void;
  /** Goes through the parser's suggestions for these newly imported articles. */
  onReviewSuggestions(articleIds: string[]): void;
}

/** Import by drop (anywhere on the window), by picking files or a folder, from a web address, or by pasting text. */
export function ImportDialog({ open, onClose, batch, onFiles, onMerge, onImportAnnotations, onReviewSuggestions }: Props) {
  const { bridge } = useClient();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  // The desktop app imports picked paths straight from disk (progress and cancel through the core's job).
  const pick = async (input: HTMLInputElement | null) => {
    if (!bridge) return input?.click();
    const paths = await bridge.pickImportPaths();
    const bundle = paths.find(isBundlePath);
    const documents = paths.filter((p) => !isBundlePath(p));
    if (documents.length > 0) await batch.importPaths(documents);
    else if (bundle) onMerge(bundle);
  };

  return (
    <Modal open={open} title="Import articles" onClose={onClose} className="import-dialog">
      <div className="drop-zone">
        <p className="drop-zone-title">Drop files or folders anywhere on the window</p>
        <p className="drop-zone-hint">
          Saved web pages (.html), PDF, Word (.docx), EPUB, Markdown and plain text in any common encoding. Folders are
          read recursively.
        </p>
        <div className="drop-zone-actions">
          <button type="button" className="button button-primary" onClick={() => void pick(filesInput.current)}>
            Choose files…
          </button>
          {!bridge && (
            <button type="button" className="button" onClick={() => void pick(folderInput.current)}>
              Choose a folder…
            </button>
          )}
        </div>
        <input
          ref={filesInput}
          className="visually-hidden"
          type="file"
          multiple
          tabIndex={-1}
          aria-label="Files to import"
          data-testid="import-files-input"
          onChange={(e) => {
            if (e.target.files) onFiles(filesFromList(e.target.files));
            e.target.value = '';
          }}
        />
        <input
          ref={(el) => {
            folderInput.current = el;
            // Not in React's attribute list; set on the element so the picker chooses a folder.
            el?.setAttribute('webkitdirectory', '');
          }}
          className="visually-hidden"
          type="file"
          multiple
          tabIndex={-1}
          aria-label="Folder to import"
          onChange={(e) => {
            if (e.target.files) onFiles(filesFromList(e.target.files));
            e.target.value = '';
          }}
        />
      </div>
      <UrlForm onImport={batch.importUrl} />
      <ImportResults batch={batch} onOpen={onClose} onReviewSuggestions={onReviewSuggestions} />
      <PasteForm onImport={batch.importText} />
      <p className="merge-offer">
        A <strong>.sourcebook</strong> bundle from a teammate is merged, not imported:{' '}
        <button type="button" className="link-button" onClick={() => onMerge()}>
          Merge a notebook bundle…
        </button>
      </p>
      <p className="merge-offer">
        Highlights made in another tool (W3C Web Annotations, REFI-QDA):{' '}
        <button type="button" className="link-button" onClick={onImportAnnotations}>
          Import annotations…
        </button>
      </p>
    </Modal>
  );
}
