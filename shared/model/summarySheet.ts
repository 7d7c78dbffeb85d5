// Miles & Huberman's summary sheets: a contact summary per interview or observation (main themes, what was learned on
// each research question, other salient points, questions for the next contact) and a document summary form per
// document (significance, content summary, the event or contact it belongs to). One sheet per source and kind.
import type { Id, IsoDate, IsoInstant } from './ids.ts';
import type { RichText } from './richText.ts';

type SheetCommon = {
  id: Id;
  projectId: Id;
  sourceId: Id;
  /** The contact's or document's date (the source's date when the sheet was made, editable). */
  date: IsoDate | null;
  /** The coder who wrote the sheet. */
  authorId: Id;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
};

export type ContactSummary = SheetCommon & {
  kind: 'contact';
  /** Free text: "interview", "observation", "phone call", … */
  contactType: string;
  mainThemes: RichText;
  /** Codes the salient themes are linked to. */
  themeCodeIds: Id[];
  /** What was learned on each of the project's research questions, by question id. */
  researchQuestions: Record<Id, RichText>;
  salientPoints: RichText;
  nextQuestions: RichText;
};

export type DocumentSummary = SheetCommon & {
  kind: 'document';
  significance: RichText;
  contentSummary: RichText;
  /** The event or contact the document is associated with. */
  associatedEvent: RichText;
};

export type SummarySheet = ContactSummary | DocumentSummary;
