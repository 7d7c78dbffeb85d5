// The scope "Code selected hits" codes at, as the project remembers it (its settings, live): choosing another one
// shows at once and is written through the data layer, so it is the default next time, after a restart too.
import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '../../../shared/model/index.ts';
import type { TextUnit } from '../../../shared/text/textUnits.ts';
import { getProject } from '../../data/projects.ts';
import { hitCodingScopeOf, setHitCodingScope } from '../../data/hitCodingScope.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';

export const useHitCodingScope = (projectId: Id): [TextUnit, (scope: TextUnit) => void] => {
  const db = useDatabase();
  const toasts = useToasts();
  const project = useLiveQuery(() => getProject(db, projectId), [db, projectId]);
  // The choice just made, until the project's row says the same (or the write failed and the error was shown).
  const [chosen, setChosen] = useState<TextUnit | null>(null);
  const choose = useCallback(
    (scope: TextUnit) => {
      setChosen(scope);
      setHitCodingScope(db, projectId, scope).catch((error: unknown) => {
        setChosen(null);
        toasts.reportError(error);
      });
    },
    [db, projectId, toasts],
  );
  return [chosen ?? hitCodingScopeOf(project), choose];
};
