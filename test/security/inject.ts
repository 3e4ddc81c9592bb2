/**
 * The injection run for one kind of document: every payload of the corpus in
 * every string and URL field of the kind's full sample documents, through each
 * of the three ways in, every rendered element audited (see harness.ts).
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { normalise } from '../../src/model/normalise.js';
// The complete model: every on-demand feature (the HTML reader, the translations…) loaded.
import '../../src/loader/every-feature.js';
import { PAYLOADS, POLLUTING_KEYS } from './payloads.js';
import { SAMPLES, addKeysAt, objectNodes, pack, pathText, type Kind, type Packed, type Path } from './documents.js';
import {
  ROUTES,
  auditLight,
  auditShadow,
  globalState,
  installTraps,
  legitRequests,
  mount,
  prototypesIntact,
  namedImages,
  nextFrame,
  pageState,
  playVideos,
  quietly,
  ran,
  settled,
  startWatching,
  takeRequests,
  type Route,
} from './harness.js';
import { lacks } from '../support/engine.js';

interface Case {
  json: string;
  label: string;
}

const PLAYER =
  /^https:\/\/(www\.youtube-nocookie\.com\/embed|player\.vimeo\.com\/video|geo\.dailymotion\.com\/player)[/.]/;
/**
 * Documents per batch: enough to keep the browser busy, few enough to find a culprit. Through
 * `src` the batch's documents are all requested at once and the last answer waits for every one
 * before it: WebKitGTK on a busy machine took over 20 s for 60 media documents, past the
 * loader's own limit for one document (src/loader/fetch-document.ts), so `src` goes 20 at a time.
 */
const batchSize = (route: Route) => (route === 'src' ? 20 : 60);

let container: HTMLElement;
let page: string;
let globals: string;

/** Mounts a batch of documents, waits until each is rendered, and returns what went wrong. */
async function run(kind: Kind, route: Route, cases: Case[]): Promise<string[]> {
  const problems: string[] = [];
  const done = settled(container, cases.length);
  const attributes: Record<string, string> = kind === 'article' ? { jsonld: '' } : {};
  const mounted = cases.map((c) => ({ ...c, ...mount(kind, route, c.json, container, attributes) }));
  await done;
  let played = false;
  for (const m of mounted) {
    const el = m.el as HTMLElement & { state: string };
    if (el.state !== m.expected) problems.push(`${m.label}: ended in ${el.state}, the model says ${m.expected}`);
    played = (await playVideos(el)) || played;
    const named = namedImages(m.doc, m.base);
    // Requests are reported late, sometimes after the next batch started: the set is kept for the whole run.
    named.forEach((url) => legitRequests.add(withoutFragment(url)));
    if (route === 'src') legitRequests.add(withoutFragment(m.base));
    problems.push(...auditShadow(el.shadowRoot!, named).map((p) => `${m.label}: ${p}`));
    problems.push(...auditLight(el, m.original).map((p) => `${m.label}: ${p}`));
  }
  await nextFrame();
  if (played) playedVideos = true;
  problems.push(...unnamedRequests());
  container.replaceChildren();
  if (ran.length)
    problems.push(
      `code ran: ${ran.splice(0).join('; ')} (in the batch of ${cases
        .map((c) => c.label)
        .join(' | ')
        .slice(0, 2000)})`,
    );
  if (pageState(container) !== page)
    problems.push(`the page outside the element changed (batch from ${cases[0].label})`);
  if (globalState() !== globals) problems.push(`new globals on window (batch from ${cases[0].label})`);
  if (!prototypesIntact())
    problems.push(`Object.prototype or another built-in prototype was polluted (batch from ${cases[0].label})`);
  return problems;
}

let playedVideos = false;
// A fragment never goes over the wire; some engines (WebKit) report request URLs without it, others with it.
const withoutFragment = (url: string) => url.split('#')[0];
const unnamedRequests = () =>
  takeRequests()
    .filter((url) => !legitRequests.has(withoutFragment(url)) && !(playedVideos && PLAYER.test(url)))
    .map((url) => `request to ${url}, which no image field named`);

async function runAll(kind: Kind, route: Route, cases: Case[]): Promise<string[]> {
  const problems: string[] = [];
  const size = batchSize(route);
  for (let i = 0; i < cases.length; i += size) problems.push(...(await run(kind, route, cases.slice(i, i + size))));
  // The last requests to fail (an unknown host) take a moment to be reported.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return [...problems, ...unnamedRequests()];
}

/** Names a document by its pairs: `script-1 at headline`, or the first few of a packed one. */
const describePairs = (doc: Packed, fields: Path[]) => {
  const named = doc.pairs.map(({ payload, field }) => `${PAYLOADS[payload].id} at ${pathText(fields[field])}`);
  return named.length > 6 ? `[${named.slice(0, 6).join(', ')} and ${named.length - 6} more]` : named.join(', ');
};

/** Every way in; one where the full corpus through all three does not fit the engine's budget (see the gaps list). */
const DEFAULT_ROUTES: Route[] = lacks('injection-time') ? ['src'] : ROUTES;

/** `samples`: the documents whose every field is attacked (the kind's samples by default), `name` what the suite calls them. */
export function describeInjection(
  kind: Kind,
  routes: Route[] = DEFAULT_ROUTES,
  samples: object[] = SAMPLES[kind],
  name: string = kind,
): void {
  describe(`untrusted feeds: the attack corpus in every field of ${name} documents`, function () {
    // Room for the slowest engine on a busy 2-core machine: a slow run fails on what it finds, not on a timer.
    // (WebKitGTK takes over 20 s for a batch of 60 media documents through src when the machine is busy.)
    this.timeout(600000);
    const counts: string[] = [];

    before(async () => {
      installTraps();
      startWatching();
      // Relative URLs from payloads land on the test server's catch-all, not in its 404 log.
      document.head.append(Object.assign(document.createElement('base'), { href: '/fixture/page/' }));
      container = document.createElement('div');
      // Not laid out: the audit reads the DOM; layout would only slow the run.
      container.style.display = 'none';
      const sentinel = Object.assign(document.createElement('p'), { id: 'sentinel', textContent: 'the page' });
      document.body.append(sentinel, container);
      await nextFrame();
      page = pageState(container);
      globals = globalState();
    });

    after(() =>
      console.log(`[security] ${name}: ${PAYLOADS.length} payloads\n${counts.map((c) => `  ${c}`).join('\n')}`),
    );

    // Packed once per sample: the model says which pairs may share a document.
    const payloadJson = PAYLOADS.map((p) => JSON.stringify(p.value));
    const packs = samples.map((sample) =>
      pack(kind, sample, payloadJson, normalise, new URL('/fixture/page/', location.href).href),
    );
    const fieldCount = packs.reduce((n, p) => n + p.fields.length, 0);

    for (const route of routes) {
      it(`via ${route}: each payload in each of the ${fieldCount} string and URL fields`, async () => {
        expect(prototypesIntact(), 'reading the corpus with the model polluted a prototype').to.equal(true);
        const cases = packs.flatMap(({ fields, documents }) =>
          documents.map((d) => ({ json: d.json, label: describePairs(d, fields) })),
        );
        const covered = packs.reduce((n, p) => n + p.documents.reduce((m, d) => m + d.pairs.length, 0), 0);
        expect(covered, 'every payload in every field exactly once').to.equal(PAYLOADS.length * fieldCount);
        // Each document really carries its payloads where the pairs say.
        for (const { fields, documents } of packs) {
          for (const d of documents) {
            const doc = JSON.parse(d.json);
            for (const { payload, field } of d.pairs) {
              const value = fields[field].reduce((node: any, key) => node?.[key], doc); // eslint-disable-line @typescript-eslint/no-explicit-any
              expect(JSON.stringify(value), `${PAYLOADS[payload].id} at ${pathText(fields[field])}`).to.equal(
                payloadJson[payload],
              );
            }
          }
        }
        let problems: string[] = [];
        const warnings = await quietly(async () => {
          problems = await runAll(kind, route, cases);
        });
        counts.push(
          `via ${route}: ${PAYLOADS.length} payloads × ${fieldCount} fields = ${covered} injections in ${cases.length} documents`,
        );
        expect(problems, problems.slice(0, 20).join('\n')).to.deep.equal([]);
        expect(warnings, 'the refused parts were reported').to.be.above(0);
      });

      it(`via ${route}: __proto__, constructor and prototype keys on every object; each payload as the whole document`, async () => {
        const polluted = samples.flatMap((sample) =>
          objectNodes(sample).map((path) => ({
            json: addKeysAt(sample, path, POLLUTING_KEYS),
            label: `keys at ${pathText(path) || '(root)'}`,
          })),
        );
        const whole = PAYLOADS.map((p) => ({ json: JSON.stringify(p.value), label: `${p.id} as the document` }));
        let problems: string[] = [];
        await quietly(async () => {
          problems = await runAll(kind, route, [...polluted, ...whole]);
        });
        counts.push(
          `via ${route}: polluting keys on ${polluted.length} objects; ${whole.length} payloads as the whole document`,
        );
        expect(problems, problems.slice(0, 20).join('\n')).to.deep.equal([]);
      });
    }
  });
}
