// The application root: database, toast and undo providers around the workbench.
import type { CaseweaveDatabase } from '../data/database.ts';
import { DatabaseContext } from '../services/DatabaseContext.tsx';
import { UndoProvider } from '../services/UndoContext.tsx';
import { ToastProvider } from '../services/Toasts.tsx';
import { Workbench } from './Workbench.tsx';

export const App = ({ db }: { db: CaseweaveDatabase }) => (
  <DatabaseContext.Provider value={db}>
    <ToastProvider>
      <UndoProvider>
        <Workbench />
      </UndoProvider>
    </ToastProvider>
  </DatabaseContext.Provider>
);
