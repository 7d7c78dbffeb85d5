// The model roles a conclusion can speak to: those the project's codes carry (the template's roles, and any the
// researcher gave a code), each once, sorted — what drawing a conclusion and editing its framing offer.
export const modelRolesOf = (codes: readonly { modelRole: string | null }[]): string[] =>
  [...new Set(codes.flatMap((code) => (code.modelRole === null || code.modelRole.trim() === '' ? [] : [code.modelRole.trim()])))].sort();
