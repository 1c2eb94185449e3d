// The importers that need big libraries (jsdom, Readability, DOMPurify, mammoth: most of the app's code by size),
// loaded together on the first file that needs one of them (lazy.ts). The desktop app builds this module as a
// bundle of its own, importers.cjs (main/build/build-electron.ts), so that it starts without compiling them.
export { docxImporter } from './docx';
export { epubImporter } from './epub';
export { htmlImporter } from './html';
export { pdfImporter } from './pdf';
