// The application root: database and toast providers around the workbench.
import type { CaseweaveDatabase } from '../data/database.ts';
import { DatabaseContext } from './DatabaseContext.tsx';
import { ToastProvider } from './Toasts.tsx';
import { Workbench } from './Workbench.tsx';

export const App = ({ db }: { db: CaseweaveDatabase }) => (
  <DatabaseContext.Provider value={db}>
    <ToastProvider>
      <Workbench />
    </ToastProvider>
  </DatabaseContext.Provider>
);
