// The Report screen's choices for one project: read once from the appState table, then kept in state and written
// back shortly after each change (a title typed letter by letter is written once), so they are there next time.
import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../../../shared/i18n/translate.ts';
import { readAppState, writeAppState } from '../../data/appState.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { readReportChoices, reportChoicesKey, type ReportChoices } from './reportChoices.ts';

const WRITE_DELAY_MS = 400;

export const useReportChoices = (projectId: string, appLocale: Locale): [ReportChoices | undefined, (change: (choices: ReportChoices) => ReportChoices) => void] => {
  const db = useDatabase();
  const { reportError } = useToasts();
  const [choices, setChoices] = useState<ReportChoices | undefined>(undefined);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let current = true;
    setChoices(undefined);
    readAppState(db, reportChoicesKey(projectId)).then(
      (stored) => current && setChoices(readReportChoices(stored, appLocale)),
      (error: unknown) => {
        if (!current) return;
        reportError(error);
        setChoices(readReportChoices(undefined, appLocale));
      },
    );
    return () => {
      current = false;
    };
    // The app's language only seeds a project's first choices; changing it later must not reset them.
  }, [db, projectId]);

  useEffect(() => () => {
    if (pending.current !== null) clearTimeout(pending.current);
  }, []);

  const change = (edit: (choices: ReportChoices) => ReportChoices): void => {
    if (choices === undefined) return;
    const next = edit(choices);
    setChoices(next);
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      pending.current = null;
      writeAppState(db, reportChoicesKey(projectId), JSON.stringify(next)).catch(reportError);
    }, WRITE_DELAY_MS);
  };

  return [choices, change];
};
