// Top bar: the File menu, where the user is, the project file's save status, and the "Import sources…" command
// (native dialog in Electron, a file input in the browser).
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { ImportInput } from '../../shared/import/importTypes.ts';
import type { Project } from '../../shared/model/index.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { chooseImportFilesNatively, hasNativeFileDialog, IMPORT_ACCEPT, readBrowserFiles } from '../platform/platform.ts';
import { useToasts } from '../services/Toasts.tsx';
import type { Route } from '../services/routes.ts';
import { FileMenu } from '../services/projectFiles/FileMenu.tsx';
import { useProjectFiles } from '../services/projectFiles/ProjectFilesContext.tsx';
import { SaveStatus } from '../services/projectFiles/SaveStatus.tsx';
import { UndoButtons } from './UndoButtons.tsx';

export type ImportTrigger = () => void;

type Props = {
  project: Project | null;
  busy: boolean;
  onImportFiles: (files: ImportInput[]) => void;
  /** Lets the native menu's "Import…" start the same flow as the button. */
  triggerRef: RefObject<ImportTrigger | null>;
  navigate: (route: Route) => void;
};

export const TopBar = ({ project, busy, onImportFiles, triggerRef, navigate }: Props) => {
  const { t } = useTranslation();
  const { runWrite } = useToasts();
  const fileInput = useRef<HTMLInputElement>(null);
  // A read-only project takes no imports (commit would refuse them anyway).
  const readOnly = useProjectFiles().state.readOnly;

  useEffect(() => {
    triggerRef.current = () => {
      if (project === null || busy || readOnly) return;
      if (hasNativeFileDialog()) {
        void runWrite(async () => {
          const files = await chooseImportFilesNatively();
          if (files.length > 0) onImportFiles(files);
        });
      } else {
        fileInput.current?.click();
      }
    };
  }, [project, busy, readOnly, onImportFiles, runWrite, triggerRef]);

  return (
    <header className="topbar">
      <FileMenu
        hasProject={project !== null}
        onNewProject={() => navigate({ screen: 'projects' })}
        onRestoreBackup={() => navigate({ screen: 'settings', section: 'backups' })}
      />
      <div className="topbar-title">{project === null ? t('app.name') : project.name}</div>
      <SaveStatus />
      <div className="topbar-actions">
        <UndoButtons />
        <button
          type="button"
          className="button primary"
          disabled={project === null || busy || readOnly}
          onClick={() => triggerRef.current?.()}
        >
          {t('app.import.button')}
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          accept={IMPORT_ACCEPT}
          aria-label={t('app.import.fileInput')}
          onChange={(event) => {
            const input = event.currentTarget;
            const files = [...(input.files ?? [])];
            input.value = '';
            if (files.length > 0) void runWrite(async () => onImportFiles(await readBrowserFiles(files)));
          }}
        />
      </div>
    </header>
  );
};
