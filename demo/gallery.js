// Each example shows its own markup, read from the element that follows it, so what
// the page shows is what runs (less its id). This runs before the elements are
// defined (see gallery.html), so no attribute they reflect is in it.
for (const code of document.querySelectorAll('pre.markup > code')) {
  const element = code.parentElement.nextElementSibling;
  const attributes = [...element.attributes].filter(({ name }) => name !== 'id');
  const lines = element.innerHTML.split('\n').filter((line) => line.trim());
  const indent = Math.min(...lines.map((line) => line.search(/\S/)));
  const content = lines.map((line) => `\n  ${line.slice(indent)}`).join('');
  const tag = element.localName;
  code.textContent = `<${tag}${attributes.map(({ name, value }) => ` ${name}="${value}"`).join('')}>${content}${content && '\n'}</${tag}>`;
}

// Lists under each gallery element the problems it reports, with their paths.
const list = (event, severity, issues) => {
  const target = document.querySelector(`.issues[data-for="${event.target.id}"]`);
  target?.replaceChildren(
    ...issues.map(({ path, message }) => {
      const li = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = path;
      li.append(`${severity}: `, code, ` ${message}`);
      return li;
    }),
  );
};
document.addEventListener('news-load', (event) => list(event, 'Warning', event.detail.warnings));
document.addEventListener('news-error', (event) => list(event, 'Error', event.detail.issues));
