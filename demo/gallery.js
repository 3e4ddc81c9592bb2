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
