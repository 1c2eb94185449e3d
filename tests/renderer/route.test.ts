import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from '../../renderer/app/route';
import type { Route } from '../../renderer/app/route';

describe('routes in the URL hash', () => {
  it.each<[Route, string]>([
    [{ view: 'library' }, '#/library'],
    [{ view: 'article', id: '64a96edd-509b-0ed9-dcf3-a51e22cf66bf' }, '#/article/64a96edd-509b-0ed9-dcf3-a51e22cf66bf'],
    [{ view: 'article', id: 'abcd1234', at: { start: 10, end: 42 }, highlight: '11287d8e-cfa7' }, '#/article/abcd1234?at=10-42&h=11287d8e-cfa7'],
    [{ view: 'search', q: 'ferry~1 +"night crossing"' }, '#/search?q=ferry%7E1+%2B%22night+crossing%22'],
    [{ view: 'search', q: 'x', kind: 'quote', tag: 'data protection' }, '#/search?q=x&kind=quote&tag=data+protection'],
    [{ view: 'review' }, '#/review'],
    [{ view: 'article', id: 'abcd1234', reattach: '8b7690b0-490e-47a8-a092-d9eb7adf10ba' }, '#/article/abcd1234?reattach=8b7690b0-490e-47a8-a092-d9eb7adf10ba'],
  ])('%j ⇄ %s', (route, hash) => {
    expect(formatRoute(route)).toBe(hash);
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each(['', '#', '#/nowhere', '#/article/', '#/article/not-an-id!', '#/article/../../etc'])('falls back to the library for %j', (hash) => {
    expect(parseRoute(hash)).toEqual({ view: 'library' });
  });

  it('ignores an unknown kind and a malformed passage', () => {
    expect(parseRoute('#/search?q=a&kind=rumour')).toEqual({ view: 'search', q: 'a' });
    expect(parseRoute('#/article/abcd1234?at=10')).toEqual({ view: 'article', id: 'abcd1234' });
    expect(parseRoute('#/article/abcd1234?reattach=<script>')).toEqual({ view: 'article', id: 'abcd1234' });
  });
});
