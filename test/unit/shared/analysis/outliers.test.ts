// Outliers of a conclusion's codes: informants who depart from their role's majority, by the attribution rule, with
// sub-codes counted; roles under three informants and evenly split roles have none.
import { describe, expect, it } from 'vitest';
import { findOutliers } from '../../../../shared/analysis/outliers.ts';
import type { MatrixData } from '../../../../shared/analysis/index.ts';
import type { Coding, Informant } from '../../../../shared/model/index.ts';
import { fixtureCoding, matrixData } from './matrixFixture.ts';

const AT = '2024-01-01T00:00:00.000Z';
const person = (id: string, role: string): Informant => ({ id, projectId: 'p', pseudonym: id, role, attributes: {}, realName: null, createdAt: AT, updatedAt: AT });

/** The fixture's project with owners Budi and Harjo joined by Ketut and Made (owners who say nothing coded). */
const withOwners = (codings: Coding[]): MatrixData => ({
  ...matrixData,
  informants: [...matrixData.informants, person('ketut', 'owner'), person('made', 'owner')],
  codings,
});

describe('findOutliers', () => {
  it('names the owner who speaks to the codes when most owners do not', () => {
    // Budi speaks to "learn" (a coding over Dewi's and Budi's turns); Harjo, Ketut and Made do not.
    const data = withOwners([fixtureCoding('c2', 'learn', 's1', 'Den Haag', 'Bali.')]);
    expect(findOutliers(data, ['net'])).toEqual([{ informantId: 'budi', role: 'owner', speaks: true, roleSpeaks: 1, roleSize: 4 }]);
    // Without sub-codes asked for by the conclusion's code, nobody speaks to "collab": no outlier.
    expect(findOutliers(data, ['collab'])).toEqual([]);
  });

  it('names the owners who are silent when most owners speak to the codes', () => {
    const data = withOwners([
      fixtureCoding('c1', 'net', 's1', 'Tourists in Bali.'), // Budi
      fixtureCoding('c4', 'net', 's2', 'Morning at the workshop.'), // Harjo, the sole informant of the notes
      fixtureCoding('c6', 'net', 's3', 'Training twice a year.'), // two informants, no link: nobody
    ]);
    expect(findOutliers(data, ['net'])).toEqual([]); // 2 of 4 owners: an even split has no majority
    const ketut = { ...matrixData.sources[1], id: 's5', informantIds: ['ketut'] };
    const more: MatrixData = { ...data, sources: [...data.sources, ketut], codings: [...data.codings, { ...data.codings[1], id: 'c9', sourceId: 's5' }] };
    expect(findOutliers(more, ['net']).map((outlier) => [outlier.informantId, outlier.speaks])).toEqual([['made', false]]);
  });

  it('leaves out roles of fewer than three informants', () => {
    expect(findOutliers(matrixData, ['net'])).toEqual([]);
  });
});
