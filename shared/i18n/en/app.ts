// English messages of the application shell and screens.
export const appMessages = {
  'app.name': 'Caseweave',
} as const;
