// The quotes of the codings the relation editor offers as evidence, loaded when the set of codings changes.
import { useEffect, useRef, useState } from 'react';
import type { Coding, Id } from '../../../../shared/model/index.ts';
import { useDatabase } from '../../../services/DatabaseContext.tsx';
import { loadCodingQuotes, type EvidenceQuote } from '../../../data/relations.ts';

export const useEvidenceQuotes = (codings: readonly Coding[]): ReadonlyMap<Id, EvidenceQuote> => {
  const db = useDatabase();
  const [quotes, setQuotes] = useState<ReadonlyMap<Id, EvidenceQuote>>(new Map());
  // The codings are named by their ids: a new array of the same codings reads nothing again.
  const key = codings.map((coding) => coding.id).join(',');
  const latest = useRef(codings);
  latest.current = codings;
  useEffect(() => {
    let current = true;
    void loadCodingQuotes(db, latest.current).then((found) => {
      if (current) setQuotes(found);
    });
    return () => {
      current = false;
    };
  }, [db, key]);
  return quotes;
};
