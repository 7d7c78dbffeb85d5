// The name a save dialog suggests for a project's file: the project's name without the characters file systems
// refuse, and the .caseweave extension.
import { PROJECT_FILE_EXTENSION } from '../../../shared/platform/bridge.ts';

const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]+/g;

export const suggestedFileName = (projectName: string): string => {
  const base = projectName.replace(FORBIDDEN, '-').replace(/^[\s.]+|[\s.]+$/g, '').slice(0, 120);
  return `${base === '' ? 'project' : base}.${PROJECT_FILE_EXTENSION}`;
};
