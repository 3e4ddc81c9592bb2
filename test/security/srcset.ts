/** The URLs a browser reads from a `srcset` (the HTML "parse a srcset attribute" steps, enough for our checks). */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i])) i++;
    if (i >= value.length) break;
    let j = i;
    while (j < value.length && !/\s/.test(value[j])) j++;
    let url = value.slice(i, j);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
      i = j;
    } else {
      // Descriptors run to the next comma outside parentheses.
      let inParens = false;
      while (j < value.length && (inParens || value[j] !== ',')) {
        if (value[j] === '(') inParens = true;
        else if (value[j] === ')') inParens = false;
        j++;
      }
      i = j + 1;
    }
    urls.push(url);
  }
  return urls;
}
