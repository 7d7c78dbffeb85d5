// Drag-and-drop of files anywhere on the window: an overlay while files hover, then the import flow on drop.
import { useEffect, useRef, useState } from 'react';
import type { ImportInput } from '../../../shared/import/importTypes.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { readBrowserFiles } from '../../platform/platform.ts';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

export const DropOverlay = ({ onDropFiles }: { onDropFiles: (files: ImportInput[]) => void }) => {
  const { t } = useTranslation();
  const { runWrite } = useToasts();
  const [visible, setVisible] = useState(false);
  const depth = useRef(0);

  useEffect(() => {
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setVisible(true);
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setVisible(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setVisible(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) void runWrite(async () => onDropFiles(await readBrowserFiles(files)));
    };
    globalThis.addEventListener('dragenter', onDragEnter);
    globalThis.addEventListener('dragover', onDragOver);
    globalThis.addEventListener('dragleave', onDragLeave);
    globalThis.addEventListener('drop', onDrop);
    return () => {
      globalThis.removeEventListener('dragenter', onDragEnter);
      globalThis.removeEventListener('dragover', onDragOver);
      globalThis.removeEventListener('dragleave', onDragLeave);
      globalThis.removeEventListener('drop', onDrop);
    };
  }, [onDropFiles, runWrite]);

  if (!visible) return null;
  return (
    <div className="drop-overlay" role="status">
      <div className="drop-target">{t('importUi.drop.hint')}</div>
    </div>
  );
};
