// A long synthetic interview for the large-source e2e tests: alternating INT/R1 turns of 120 words each.
export const buildLongTranscript = (words: number): string => {
  const sentence = 'the drums were carved from mahogany and dried for three months before the skins were fitted';
  const perTurn = 120;
  const turns: string[] = [];
  for (let written = 0, index = 0; written < words; written += perTurn + 1, index += 1) {
    const speaker = index % 2 === 0 ? 'INT' : 'R1';
    const body = Array.from({ length: perTurn / 16 }, () => sentence).join(' ').split(' ').slice(0, perTurn).join(' ');
    turns.push(`${speaker}: Turn ${index + 1}. ${body}.`);
  }
  return turns.join('\n\n');
};
