// Entry of the app bundle's engine.cjs (see build-app.ts): the bench's Sourcebook engine, with the search engine
// in a worker thread as the desktop app opens a notebook, the core and its libraries bundled in.
export { sourcebookWorker } from '../engines/sourcebook';
