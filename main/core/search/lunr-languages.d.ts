// lunr-languages ships no types: each module exports a function that installs itself on a lunr instance.
declare module 'lunr-languages/*.js' {
  import type lunr from 'lunr';
  const install: (instance: typeof lunr) => void;
  export default install;
}
