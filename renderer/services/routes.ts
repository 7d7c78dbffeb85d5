// The routes of the main pane and their hash form: the words every screen navigates with ("open this source at
// this range"). The shell binds them to the address bar (shell/useRoute.ts).

export type Route =
  | { screen: 'sources'; informantId: string | null }
  /**
   * `correct`: the source opens in correction mode (a member check's "Correct the transcript…");
   * `fromMemberCheckId`: the record it was opened from, offered as the way back (`?from=` in the hash).
   */
  | { screen: 'source'; sourceId: string; highlight?: { start: number; end: number }; correct?: true; fromMemberCheckId?: string }
  | { screen: 'informants' }
  | { screen: 'codes' }
  | { screen: 'excerpts' }
  | { screen: 'search' }
  | { screen: 'memos' }
  /** `displayId`: the display open in the Displays screen; absent: the list. */
  | { screen: 'displays'; displayId?: string }
  /** `sheetId`: the summary sheet open; absent: the list. */
  | { screen: 'summaries'; sheetId?: string }
  /** `conclusionId`: the conclusion open on its page; absent: the list. */
  | { screen: 'conclusions'; conclusionId?: string }
  /** `memberCheckId`: the member-check record open on its page; absent: the list. */
  | { screen: 'member-checks'; memberCheckId?: string }
  /** The ecosystem-model report: its options, preview and saving. */
  | { screen: 'report' }
  /** `objectId`: the trail filtered to that object's history; absent: every event. */
  | { screen: 'audit'; objectId?: string }
  | { screen: 'projects' }
  /** `section`: the panel to bring into view ("Restore from backup…" opens Settings at its backups). */
  | { screen: 'settings'; section?: 'backups' };

export const parseRoute = (hash: string): Route => {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').map(decodeURIComponent);
  switch (parts[0]) {
    case 'source': {
      if (!parts[1]) return { screen: 'sources', informantId: null };
      if (parts[2] === 'correct') {
        const from = new URLSearchParams(query).get('from');
        return from ? { screen: 'source', sourceId: parts[1], correct: true, fromMemberCheckId: from } : { screen: 'source', sourceId: parts[1], correct: true };
      }
      const range = /^(\d+)-(\d+)$/.exec(parts[2] ?? '');
      return range
        ? { screen: 'source', sourceId: parts[1], highlight: { start: Number(range[1]), end: Number(range[2]) } }
        : { screen: 'source', sourceId: parts[1] };
    }
    case 'informants':
    case 'codes':
    case 'excerpts':
    case 'search':
    case 'memos':
    case 'report':
      return { screen: parts[0] };
    case 'audit':
      return parts[1] ? { screen: 'audit', objectId: parts[1] } : { screen: 'audit' };
    case 'displays':
      return parts[1] ? { screen: 'displays', displayId: parts[1] } : { screen: 'displays' };
    case 'summaries':
      return parts[1] ? { screen: 'summaries', sheetId: parts[1] } : { screen: 'summaries' };
    case 'conclusions':
      return parts[1] ? { screen: 'conclusions', conclusionId: parts[1] } : { screen: 'conclusions' };
    case 'member-checks':
      return parts[1] ? { screen: 'member-checks', memberCheckId: parts[1] } : { screen: 'member-checks' };
    case 'projects':
      return { screen: 'projects' };
    case 'settings':
      return parts[1] === 'backups' ? { screen: 'settings', section: 'backups' } : { screen: 'settings' };
    default:
      return { screen: 'sources', informantId: parts[0] === 'sources' && parts[1] ? parts[1] : null };
  }
};

export const routeToHash = (route: Route): string => {
  switch (route.screen) {
    case 'source':
      if (route.correct === true) {
        const from = route.fromMemberCheckId === undefined ? '' : `?from=${encodeURIComponent(route.fromMemberCheckId)}`;
        return `#/source/${encodeURIComponent(route.sourceId)}/correct${from}`;
      }
      return route.highlight === undefined
        ? `#/source/${encodeURIComponent(route.sourceId)}`
        : `#/source/${encodeURIComponent(route.sourceId)}/${route.highlight.start}-${route.highlight.end}`;
    case 'sources':
      return route.informantId === null ? '#/sources' : `#/sources/${encodeURIComponent(route.informantId)}`;
    case 'settings':
      return route.section === undefined ? '#/settings' : `#/settings/${route.section}`;
    case 'displays':
      return route.displayId === undefined ? '#/displays' : `#/displays/${encodeURIComponent(route.displayId)}`;
    case 'summaries':
      return route.sheetId === undefined ? '#/summaries' : `#/summaries/${encodeURIComponent(route.sheetId)}`;
    case 'audit':
      return route.objectId === undefined ? '#/audit' : `#/audit/${encodeURIComponent(route.objectId)}`;
    case 'conclusions':
      return route.conclusionId === undefined ? '#/conclusions' : `#/conclusions/${encodeURIComponent(route.conclusionId)}`;
    case 'member-checks':
      return route.memberCheckId === undefined ? '#/member-checks' : `#/member-checks/${encodeURIComponent(route.memberCheckId)}`;
    default:
      return `#/${route.screen}`;
  }
};
