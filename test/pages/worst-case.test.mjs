// Bounded work (SECURITY.md): the worst documents we know, each just under the 10 MB
// `src` limit, render in the browser of ENGINE (Chromium unless ENGINE=firefox) and through renderToString in about the time a plain
// document of the same size takes (the baseline, measured in the same run, so a busy
// machine slows both). Before the fixes of issue 12 several took minutes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_ASPECT_RATIO } from '../../dist/model/schema.js';
import { measure, table } from '../../scripts/dev/worst-case.mjs';
import { launchEngine } from '../support/server.mjs';
import { ENGINES, currentEngine } from '../support/engines.mjs';

const BROWSER = ENGINES[currentEngine()].label;

/** Generous: a worst case may cost this many baselines (linear work costs about one). */
const MULTIPLE = 3;
const TIMEOUT = 120_000;

test(
  `the worst documents render within a few times a plain 10 MB document, in ${BROWSER} and on the server`,
  { timeout: 15 * 60_000 },
  async () => {
    const browser = await launchEngine();
    let results;
    try {
      results = await measure(undefined, { timeout: TIMEOUT, browser });
    } finally {
      await browser.close();
    }
    console.log(table(results, TIMEOUT));
    const { baseline, ...worst } = results;
    assert.ok(Number.isFinite(baseline.client) && Number.isFinite(baseline.server), 'the baseline rendered');
    for (const [name, { client, server }] of Object.entries(worst)) {
      assert.ok(
        client <= MULTIPLE * baseline.client,
        `${name} in ${BROWSER}: ${Math.round(client)} ms, baseline ${Math.round(baseline.client)} ms`,
      );
      assert.ok(
        server <= MULTIPLE * baseline.server,
        `${name} on the server: ${Math.round(server)} ms, baseline ${Math.round(baseline.server)} ms`,
      );
    }
    const { width, height } = worst.tall.clientBox;
    assert.ok(height <= width * MAX_ASPECT_RATIO + 100, `the tall photo's box is ${width} × ${height}`);
  },
);
