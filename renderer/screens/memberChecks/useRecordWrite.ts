// Runs one write of a member-check record through the toasts (an error is reported, never thrown) and says whether
// it went through: the repository's writes resolve to nothing, which runWrite alone cannot tell from a failure.
import { useCallback } from 'react';
import { useToasts } from '../../services/Toasts.tsx';

export const useRecordWrite = (): ((write: () => Promise<unknown>) => Promise<boolean>) => {
  const { runWrite } = useToasts();
  return useCallback(async (write) => (await runWrite(async () => {
    await write();
    return true;
  })) === true, [runWrite]);
};
