// A figure's standalone SVG file made fit to sit inside an HTML page: the XML prolog (and any doctype or comment
// before the root) dropped, and every id — with the url(#…) and href="#…" references to it — given the figure's own
// prefix, so two drawings with the same arrow-marker ids cannot take each other's markers.

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const inlineSvg = (svg: string, idPrefix: string): string => {
  const start = svg.indexOf('<svg');
  const root = (start === -1 ? svg : svg.slice(start)).trim();
  const ids = [...new Set([...root.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]))];
  if (ids.length === 0) return root;
  const pattern = new RegExp(`(\\sid="|url\\(#|href="#)(${ids.map(escapeRegExp).join('|')})(?=[")])`, 'g');
  return root.replace(pattern, (_whole, before: string, id: string) => `${before}${idPrefix}-${id}`);
};
