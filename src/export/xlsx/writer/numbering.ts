/**
 * Numbers distinct entries by key in order of first use, after the fixed ones, keeping each one's
 * XML: the shared strings and the style table list each distinct text or look once.
 */
export function numbering(fixed: readonly string[] = []) {
  const numbers = new Map<string, number>();
  const xml = [...fixed];
  return {
    xml,
    numberOf(key: string, toXml: () => string): number {
      let number = numbers.get(key);
      if (number === undefined) {
        number = xml.length;
        numbers.set(key, number);
        xml.push(toXml());
      }
      return number;
    },
  };
}
