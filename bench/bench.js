// The in-page half of `npm run bench` (scripts/dev/bench.mjs drives it and does the statistics).
//
// "Ours": <news-article> elements given a story through `data` (validation and
// normalisation included, as on a real page).
// "Floor": the least a browser can do to show the same thing: plain hosts whose
// shadow roots adopt the same stylesheets as <news-article> and receive, by
// innerHTML, the markup our element produced for that story, captured once.
// Lit's comment markers are stripped from that markup, so the floor is the bare DOM.
//
// Every timing stops after a forced style and layout (not paint). Before each,
// prepare() waits for a frame and runs a full GC (Chromium runs with --expose-gc);
// the driver reads the main thread's CPU time around each call.
const stage = document.getElementById('stage');
const stories = {};
const markup = {};
let sheets = [];
/** The model's normalise() from the npm build, to show what share of a render is validation. */
let normalise;

const layout = () => stage.offsetHeight;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const load = (url) => fetch(url).then((response) => response.json());
/** A story whose body has `blocks` blocks, repeating the given story's body. */
const long = (story, blocks) => ({
  ...story,
  body: Array.from({ length: blocks }, (_, i) => story.body[i % story.body.length]),
});

async function mount(key, count) {
  const elements = Array.from({ length: count }, () => {
    const element = document.createElement('news-article');
    element.data = stories[key];
    return element;
  });
  stage.append(...elements);
  await Promise.all(elements.map((element) => element.updateComplete));
  layout();
}

function mountFloor(key, count) {
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < count; i++) {
    const root = fragment.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    root.innerHTML = markup[key];
  }
  stage.append(fragment);
  layout();
}

async function timed(work) {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

window.bench = {
  /** Loads the stories. */
  async setup() {
    await customElements.whenDefined('news-article');
    const [a, b] = await Promise.all([load('seed.json'), load('seed-ar.json')]);
    Object.assign(stories, { a, b, longA: long(a, 2000), longB: long(b, 2000) });
    normalise = await import('/dist/model/normalise.js').then(
      (model) => model.normalise,
      () => undefined,
    );
    return { a: a.body.length, b: b.body.length, normalise: !!normalise };
  },
  /** Captures the floor's markup from our own rendering, and checks both show the same. */
  async capture() {
    stage.replaceChildren();
    const adopted = new Set();
    for (const key of Object.keys(stories)) {
      await mount(key, 1);
      const element = stage.firstElementChild;
      if (element.state !== 'ready')
        throw new Error(`<news-article> did not render story ${key}: state ${element.state}`);
      markup[key] = element.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
      // What the element adopted: its own styles and those of the on-demand features the story loaded (video).
      element.shadowRoot.adoptedStyleSheets.forEach((sheet) => adopted.add(sheet));
      stage.replaceChildren();
    }
    sheets = [...adopted];
    // The floor must show what ours shows, or the comparison means nothing.
    await mount('a', 1);
    mountFloor('a', 1);
    const [ours, floor] = [...stage.children].map((host) => [
      host.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
      host.offsetHeight,
    ]);
    stage.replaceChildren();
    if (ours[0] !== floor[0]) throw new Error('the floor does not show the same text as <news-article>');
    if (Math.abs(ours[1] - floor[1]) > 1)
      throw new Error(`the floor is ${floor[1]}px tall, <news-article> ${ours[1]}px`);
    return {
      elements: Object.fromEntries(Object.entries(markup).map(([key, html]) => [key, html.match(/<[a-z]/g).length])),
      sheets: sheets.length,
    };
  },
  clear() {
    stage.replaceChildren();
  },
  async prepare() {
    await frame();
    gc();
  },
  render: (key, count) => timed(() => mount(key, count)),
  update: (key) =>
    timed(async () => {
      const elements = [...stage.children];
      for (const element of elements) element.data = stories[key];
      await Promise.all(elements.map((element) => element.updateComplete));
      layout();
    }),
  normalise: (key, count) =>
    timed(() => {
      for (let i = 0; i < count; i++)
        if (!normalise('article', stories[key]).ok) throw new Error(`story ${key} does not normalise`);
    }),
  renderFloor: (key, count) => timed(() => mountFloor(key, count)),
  updateFloor: (key) =>
    timed(() => {
      for (const host of stage.children) host.shadowRoot.innerHTML = markup[key];
      layout();
    }),
  /** Untimed, for the heap measurement. */
  mount,
  mountFloor,
};
