// The code of a failed system call (`ENOENT`, `EACCES`, `EEXIST`…), which is how Node says what went wrong with a
// file; anything without one (a plain Error, a thrown string) has none.
export const systemErrorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
