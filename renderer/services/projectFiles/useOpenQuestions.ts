// The questions opening a file may ask (agree to repairs? replace the local copy or open a copy?) as promises the
// open flow awaits, answered by the dialog the pending question shows.
import { useMemo, useState } from 'react';
import type { Project } from '../../../shared/model/index.ts';
import type { Repair } from '../../../shared/projectFile/projectFileProblem.ts';
import type { ExistingProjectChoice, OpenQuestions } from '../../data/projectFiles/openProjectFile.ts';

export type PendingQuestion =
  | { kind: 'repairs'; fileName: string; repairs: readonly Repair[]; answer: (agree: boolean) => void }
  | { kind: 'existing'; fileName: string; local: Project; fromFile: Project; answer: (choice: ExistingProjectChoice) => void };

export const useOpenQuestions = (): { question: PendingQuestion | null; questions: OpenQuestions } => {
  const [question, setQuestion] = useState<PendingQuestion | null>(null);
  const questions = useMemo<OpenQuestions>(() => ({
    agreeToRepairs: (fileName, repairs) =>
      new Promise((resolve) => {
        setQuestion({ kind: 'repairs', fileName, repairs, answer: (agree) => {
          setQuestion(null);
          resolve(agree);
        } });
      }),
    chooseForExisting: (fileName, local, fromFile) =>
      new Promise((resolve) => {
        setQuestion({ kind: 'existing', fileName, local, fromFile, answer: (choice) => {
          setQuestion(null);
          resolve(choice);
        } });
      }),
  }), []);
  return { question, questions };
};
