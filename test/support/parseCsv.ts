// A small RFC 4180 CSV reader (quoted fields with commas, doubled quotes, CRLF) for test fixtures.
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field.push('"');
        i += 1;
      } else if (char === '"') quoted = false;
      else field.push(char);
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field.join(''));
      field = [];
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field.join(''));
      field = [];
      if (row.some((cell) => cell !== '')) rows.push(row);
      row = [];
    } else field.push(char);
  }
  row.push(field.join(''));
  if (row.some((cell) => cell !== '')) rows.push(row);
  return rows;
};

/** Rows as objects keyed by the header row. */
export const parseCsvRecords = (text: string): Record<string, string>[] => {
  const [header, ...rows] = parseCsv(text);
  return rows.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
};
