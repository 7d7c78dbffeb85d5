// The README's description of the example project names the interviews the example actually ships: one per
// interviewed role, and no role that has no interview.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SOURCES } from '../../../shared/example/exampleProject.ts';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
/** The README's bullet about the example project, joined onto one line. */
const exampleBullet = (readme.split('\n- ').find((bullet) => bullet.startsWith('**An example project')) ?? '').replace(/\s+/g, ' ');

/** The role in an interview's title: "Interview with Bu Wulan (association)" → "association". */
const interviewedRoles = EXAMPLE_SOURCES.filter((source) => source.kind === 'interview').map((source) => /\(([^)]+)\)$/.exec(source.title)?.[1]);

/** The first word of each interviewee the bullet lists: "interviews with an owner, a craftsman and …" → owner, craftsman, … */
const listedInterviewees = (/interviews with (.+?), a field note/.exec(exampleBullet)?.[1] ?? '')
  .split(/, | and /).map((item) => item.replace(/^an? /, '').split(' ')[0]);

describe('README: the example project', () => {
  it('lists exactly the interviews the example ships, by the interviewee’s role', () => {
    expect(interviewedRoles).toHaveLength(3);
    expect([...listedInterviewees].sort()).toEqual([...interviewedRoles].sort());
  });
});
