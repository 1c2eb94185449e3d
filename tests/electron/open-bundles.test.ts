// Opening .sourcebook bundles from the system: which command-line arguments are bundles, and the queue that
// holds them until the page listens.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPEN_BUNDLE_CHANNEL } from '../../main/electron/channels';
import { bundlePathsFromArgv, OpenBundleQueue } from '../../main/electron/open-bundles';
import { FakeWebContents } from './fake-electron';

const cwd = path.resolve('/home/ana/Downloads');

describe('bundlePathsFromArgv', () => {
  it('finds bundles among the arguments, made absolute against the working directory', () => {
    const argv = ['.', '--allow-file-access-from-files', 'team.sourcebook', path.resolve('/tmp/other.SOURCEBOOK'), 'notes.md', '--flag=x.sourcebook'];
    expect(bundlePathsFromArgv(argv, cwd)).toEqual([path.join(cwd, 'team.sourcebook'), path.resolve('/tmp/other.SOURCEBOOK')]);
  });

  it('turns file:// URLs (a desktop entry’s %U) into paths, and skips other URLs and bare extensions', () => {
    const file = path.resolve('/home/ana/Team Notes.sourcebook');
    expect(bundlePathsFromArgv([pathToFileURL(file).href, 'https://example.org/x.sourcebook', '.sourcebook', ''], cwd)).toEqual([file]);
  });

  it('lists each bundle once', () => {
    expect(bundlePathsFromArgv(['a.sourcebook', path.join(cwd, 'a.sourcebook')], cwd)).toEqual([path.join(cwd, 'a.sourcebook')]);
  });
});

describe('OpenBundleQueue', () => {
  const page = (url = 'app://sourcebook/index.html'): FakeWebContents => Object.assign(new FakeWebContents(), { url });

  it('keeps bundles until the page listens, hands them over then, and sends later ones at once', () => {
    const queue = new OpenBundleQueue();
    const contents = page();
    queue.open(['/a.sourcebook']);
    queue.open(['/b.sourcebook']);
    expect(contents.send).not.toHaveBeenCalled();
    expect(queue.ready(contents)).toEqual(['/a.sourcebook', '/b.sourcebook']);
    expect(queue.waiting).toEqual([]);
    queue.open(['/c.sourcebook']);
    expect(contents.send).toHaveBeenCalledExactlyOnceWith(OPEN_BUNDLE_CHANNEL, '/c.sourcebook');
    expect(queue.waiting).toEqual([]);
  });

  it('queues again while the page reloads or after it is destroyed', () => {
    const queue = new OpenBundleQueue();
    const contents = page();
    queue.ready(contents);
    contents.emit('did-start-loading');
    queue.open(['/during-reload.sourcebook']);
    expect(contents.send).not.toHaveBeenCalled();
    expect(queue.ready(contents)).toEqual(['/during-reload.sourcebook']);
    contents.emit('destroyed');
    queue.open(['/after.sourcebook']);
    expect(contents.send).not.toHaveBeenCalled();
    expect(queue.waiting).toEqual(['/after.sourcebook']);
  });

  it('sends nothing to a page that is not ours', () => {
    const queue = new OpenBundleQueue();
    const contents = page('https://evil.example/');
    queue.ready(contents);
    queue.open(['/a.sourcebook']);
    expect(contents.send).not.toHaveBeenCalled();
    expect(queue.waiting).toEqual(['/a.sourcebook']);
  });
});
