import { sha256 } from '../../storage/content-store';

/** A stable URN for an article: the same article has the same id, so the same URN, in every notebook. */
export const articleUrn = (id: string): string => `urn:sourcebook:article:${id}`;
export const ARTICLE_URN = /^urn:sourcebook:article:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string): boolean => UUID.test(id);

/** A GUID derived from a name, so the same code, user or note gets the same GUID in every export. */
export function guidFor(...parts: string[]): string {
  const h = sha256(parts.join('\u0000'));
  // Shaped as a version-4-style GUID so strict readers accept it.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
