// Names that must not repeat inside one written report — HTML anchors, the Markdown writer's figure files — made
// unique in document order by a numbered suffix, so the same document always gets the same names.

/** `names` as given, except that a repeat gets "-2", "-3"… before its extension (`extension` keeps "figure.svg" whole). */
export const uniqueNames = (names: readonly string[], extension = /$/): string[] => {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let suffix = 2; taken.has(candidate); suffix += 1) {
      const at = name.search(extension);
      candidate = `${name.slice(0, at)}-${suffix}${name.slice(at)}`;
    }
    taken.add(candidate);
    return candidate;
  });
};
