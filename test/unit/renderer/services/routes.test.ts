// Hash routes of the workbench survive a round trip, and unknown hashes land on the source list.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeToHash } from '../../../../renderer/services/routes.ts';
import type { Route } from '../../../../renderer/services/routes.ts';

describe('workbench routes', () => {
  it('round-trips every screen', () => {
    const routes: Route[] = [
      { screen: 'sources', informantId: null },
      { screen: 'sources', informantId: 'a b/c' },
      { screen: 'source', sourceId: '6f1c-42' },
      { screen: 'informants' },
      { screen: 'codes' },
      { screen: 'excerpts' },
      { screen: 'search' },
      { screen: 'memos' },
      { screen: 'projects' },
      { screen: 'settings' },
      { screen: 'settings', section: 'backups' },
      { screen: 'conclusions' },
      { screen: 'conclusions', conclusionId: 'c 1/2' },
      { screen: 'audit' },
      { screen: 'audit', objectId: 'k 1/2' },
      { screen: 'member-checks' },
      { screen: 'member-checks', memberCheckId: 'm 1/2' },
      { screen: 'source', sourceId: 's 1/2', correct: true },
      { screen: 'source', sourceId: 's 1/2', correct: true, fromMemberCheckId: 'm 1/2?&' },
    ];
    for (const route of routes) expect(parseRoute(routeToHash(route))).toEqual(route);
  });

  it('names the Coded excerpts screen as the sidebar does', () => {
    expect(routeToHash({ screen: 'excerpts' })).toBe('#/excerpts');
    expect(parseRoute('#/excerpts')).toEqual({ screen: 'excerpts' });
  });

  it('opens Settings at its backups', () => {
    expect(routeToHash({ screen: 'settings', section: 'backups' })).toBe('#/settings/backups');
    expect(parseRoute('#/settings/elsewhere')).toEqual({ screen: 'settings' });
  });

  it('opens a source in correction mode', () => {
    expect(routeToHash({ screen: 'source', sourceId: 's1', correct: true })).toBe('#/source/s1/correct');
    expect(parseRoute('#/source/s1/correct')).toEqual({ screen: 'source', sourceId: 's1', correct: true });
    expect(routeToHash({ screen: 'source', sourceId: 's1', correct: true, fromMemberCheckId: 'mc1' })).toBe('#/source/s1/correct?from=mc1');
    expect(parseRoute('#/source/s1/correct?from=mc1')).toEqual({ screen: 'source', sourceId: 's1', correct: true, fromMemberCheckId: 'mc1' });
    expect(parseRoute('#/source/s1/correct?from=')).toEqual({ screen: 'source', sourceId: 's1', correct: true });
    expect(parseRoute('#/source/s1/3-9')).toEqual({ screen: 'source', sourceId: 's1', highlight: { start: 3, end: 9 } });
  });

  it('falls back to the source list', () => {
    expect(parseRoute('')).toEqual({ screen: 'sources', informantId: null });
    expect(parseRoute('#/nowhere')).toEqual({ screen: 'sources', informantId: null });
    expect(parseRoute('#/source/')).toEqual({ screen: 'sources', informantId: null });
  });
});
