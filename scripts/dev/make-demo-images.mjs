#!/usr/bin/env node
// Generates the placeholder images used by the demo documents in demo/articles,
// demo/photos and demo/related. Everything is drawn on a <canvas> in headless
// Chromium (no network access needed) and written to demo/images/.
//
//   node scripts/dev/make-demo-images.mjs
//
// Requires the dev dependencies `puppeteer-core` and `@sparticuz/chromium`.
// Set CHROME_PATH to use another Chromium/Chrome binary.

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'demo', 'images');

/** [file name, width, height, drawing function name, extra options] */
const IMAGES = [
  ['lead-1600.jpg', 1600, 1067, 'lead'],
  ['lead-800.jpg', 800, 533, 'lead'],
  ['lead-400.jpg', 400, 267, 'lead'],
  ['video-poster.jpg', 1280, 720, 'poster'],
  ['related-1.jpg', 640, 360, 'related', { variant: 1 }],
  ['related-2.jpg', 640, 360, 'related', { variant: 2 }],
  ['related-3.jpg', 640, 360, 'related', { variant: 3 }],
  ['publisher-logo.png', 240, 60, 'logo'],
];

const JPEG_QUALITY = 0.8;

// ---------------------------------------------------------------------------
// Drawing code. This function is serialised and evaluated inside the page, so
// it must be self-contained.
function draw(kind, w, h, opts) {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  const FONT = '"DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif';
  const SERIF = '"DejaVu Serif", "Liberation Serif", Georgia, "Times New Roman", serif';

  const lin = (x0, y0, x1, y1, stops) => {
    const g = ctx.createLinearGradient(x0, y0, x1, y1);
    for (const [o, c] of stops) g.addColorStop(o, c);
    return g;
  };
  const rad = (x, y, r0, r1, stops) => {
    const g = ctx.createRadialGradient(x, y, r0, x, y, r1);
    for (const [o, c] of stops) g.addColorStop(o, c);
    return g;
  };
  const roundRect = (x, y, rw, rh, r) => {
    ctx.beginPath();
    ctx.moveTo(x + r, y);
    ctx.arcTo(x + rw, y, x + rw, y + rh, r);
    ctx.arcTo(x + rw, y + rh, x, y + rh, r);
    ctx.arcTo(x, y + rh, x, y, r);
    ctx.arcTo(x, y, x + rw, y, r);
    ctx.closePath();
  };

  // A stylised conference hall: tall windows, a long table in perspective,
  // rows of seated silhouettes, cool blue/grey light. Drawn in a 1600x1067
  // coordinate space and scaled to the requested size.
  function lead() {
    ctx.save();
    ctx.scale(w / 1600, h / 1067);
    const W = 1600,
      H = 1067;
    // back wall
    ctx.fillStyle = lin(0, 0, 0, H, [
      [0, '#1b2838'],
      [0.55, '#243447'],
      [1, '#0e1620'],
    ]);
    ctx.fillRect(0, 0, W, H);
    // tall windows with soft light
    for (let i = 0; i < 7; i++) {
      const x = 90 + i * 210;
      ctx.fillStyle = lin(x, 60, x, 520, [
        [0, 'rgba(170,196,222,0.42)'],
        [1, 'rgba(120,150,185,0.05)'],
      ]);
      ctx.fillRect(x, 60, 120, 460);
      ctx.fillStyle = 'rgba(14,22,32,0.55)';
      ctx.fillRect(x + 58, 60, 4, 460);
      ctx.fillRect(x, 250, 120, 4);
    }
    // ceiling light wash
    ctx.fillStyle = rad(W / 2, 120, 20, 900, [
      [0, 'rgba(205,220,235,0.30)'],
      [1, 'rgba(205,220,235,0)'],
    ]);
    ctx.fillRect(0, 0, W, H);
    // flags / banners at the back
    const banners = [
      ['#f2f2f2', '#1f4fa8', '#c8323c'],
      ['#2b2b2b', '#f2f2f2', '#2b2b2b'],
    ];
    banners.forEach((cols, j) => {
      const x = 700 + j * 120;
      cols.forEach((c, k) => {
        ctx.fillStyle = c;
        ctx.globalAlpha = 0.55;
        ctx.fillRect(x, 200 + k * 70, 80, 70);
      });
      ctx.globalAlpha = 1;
      ctx.fillStyle = '#8a98a8';
      ctx.fillRect(x - 6, 180, 4, 380);
    });
    // floor
    ctx.fillStyle = lin(0, 560, 0, H, [
      [0, '#2a3644'],
      [1, '#0b1118'],
    ]);
    ctx.fillRect(0, 560, W, H - 560);
    // the long table in perspective
    ctx.beginPath();
    ctx.moveTo(560, 600);
    ctx.lineTo(1040, 600);
    ctx.lineTo(1560, H);
    ctx.lineTo(40, H);
    ctx.closePath();
    ctx.fillStyle = lin(0, 600, 0, H, [
      [0, '#b9c4d0'],
      [1, '#6d7f93'],
    ]);
    ctx.fill();
    // table centre strip
    ctx.beginPath();
    ctx.moveTo(760, 600);
    ctx.lineTo(840, 600);
    ctx.lineTo(1000, H);
    ctx.lineTo(600, H);
    ctx.closePath();
    ctx.fillStyle = 'rgba(40,70,110,0.35)';
    ctx.fill();
    // seated figures along both sides
    const figure = (x, y, s, tone) => {
      ctx.fillStyle = tone;
      ctx.beginPath();
      ctx.arc(x, y - 58 * s, 22 * s, 0, Math.PI * 2);
      ctx.fill();
      roundRect(x - 42 * s, y - 30 * s, 84 * s, 110 * s, 30 * s);
      ctx.fill();
    };
    for (let i = 0; i < 6; i++) {
      const t = i / 5; // 0 = far, 1 = near
      const s = 0.55 + t * 1.25;
      const y = 600 + t * 330;
      const shade = Math.round(18 + t * 8);
      const tone = `rgb(${shade},${shade + 6},${shade + 14})`;
      figure(560 - t * 470 - 30 * s, y, s, tone);
      figure(1040 + t * 470 + 30 * s, y, s, tone);
    }
    // the central figure at the far end
    figure(800, 600, 0.6, '#141c26');
    // papers and microphones on the table
    for (let i = 0; i < 5; i++) {
      const t = (i + 0.5) / 5;
      const s = 0.5 + t;
      const y = 630 + t * 360;
      const xl = 560 - t * 520 + 110 * s,
        xr = 1040 + t * 520 - 110 * s;
      ctx.fillStyle = 'rgba(255,255,255,0.75)';
      ctx.fillRect(xl, y, 60 * s, 14 * s);
      ctx.fillRect(xr - 60 * s, y, 60 * s, 14 * s);
      ctx.strokeStyle = '#1d2733';
      ctx.lineWidth = 3 * s;
      ctx.beginPath();
      ctx.moveTo(xl + 80 * s, y + 12 * s);
      ctx.lineTo(xl + 96 * s, y - 30 * s);
      ctx.moveTo(xr - 80 * s, y + 12 * s);
      ctx.lineTo(xr - 96 * s, y - 30 * s);
      ctx.stroke();
    }
    // vignette
    ctx.fillStyle = rad(W / 2, H * 0.45, H * 0.35, W * 0.8, [
      [0, 'rgba(0,0,0,0)'],
      [1, 'rgba(0,6,14,0.6)'],
    ]);
    ctx.fillRect(0, 0, W, H);
    ctx.restore();
  }

  // Video poster: a dark, wide title card with a large label.
  function poster() {
    ctx.fillStyle = lin(0, 0, w, h, [
      [0, '#0f1b2b'],
      [0.6, '#1d3350'],
      [1, '#2c2030'],
    ]);
    ctx.fillRect(0, 0, w, h);
    // concentric arcs, like a globe/map projection
    ctx.strokeStyle = 'rgba(160,190,225,0.12)';
    ctx.lineWidth = 2;
    for (let r = 100; r < 900; r += 100) {
      ctx.beginPath();
      ctx.arc(w * 0.78, h * 0.55, r, 0, Math.PI * 2);
      ctx.stroke();
    }
    for (let i = 0; i <= 5; i++) {
      ctx.beginPath();
      ctx.ellipse(w * 0.78, h * 0.55, i * 70 + 1, 420, 0, 0, Math.PI * 2);
      ctx.stroke();
    }
    ctx.fillStyle = rad(w * 0.78, h * 0.55, 10, 420, [
      [0, 'rgba(214,82,70,0.45)'],
      [1, 'rgba(214,82,70,0)'],
    ]);
    ctx.fillRect(0, 0, w, h);
    // accent bar and title
    ctx.fillStyle = '#d65246';
    ctx.fillRect(96, 250, 12, 220);
    ctx.fillStyle = '#f4f6f8';
    ctx.textBaseline = 'alphabetic';
    ctx.font = `bold 96px ${FONT}`;
    ctx.fillText('MOSCOW', 136, 340);
    ctx.fillText('TALKS', 136, 450);
    ctx.fillStyle = 'rgba(220,230,240,0.75)';
    ctx.font = `32px ${FONT}`;
    ctx.fillText('Afghanistan · October 20, 2021', 140, 520);
    // lower third strip
    ctx.fillStyle = 'rgba(0,0,0,0.35)';
    ctx.fillRect(0, h - 90, w, 90);
    ctx.fillStyle = 'rgba(230,236,242,0.8)';
    ctx.font = `bold 26px ${FONT}`;
    ctx.fillText('EXAMPLE NEWS  ·  VIDEO', 96, h - 36);
  }

  // Related thumbnails: three palettes, each an abstract motif plus a label.
  function related({ variant }) {
    const themes = {
      1: {
        bg: [
          ['0', '#101a33'],
          ['1', '#33406b'],
        ],
        accent: '#f0b24a',
        label: 'NIGHT FLIGHTS',
      },
      2: {
        bg: [
          ['0', '#4a2a1a'],
          ['1', '#a5642e'],
        ],
        accent: '#f3e3c3',
        label: 'AFGHANISTAN',
      },
      3: {
        bg: [
          ['0', '#13332c'],
          ['1', '#2f6b5a'],
        ],
        accent: '#e9f2ec',
        label: 'AID & DIPLOMACY',
      },
    };
    const t = themes[variant];
    ctx.fillStyle = lin(
      0,
      0,
      w,
      h,
      t.bg.map(([o, c]) => [Number(o), c]),
    );
    ctx.fillRect(0, 0, w, h);
    ctx.save();
    if (variant === 1) {
      // night sky, a flight path arc and stars
      for (let i = 0; i < 40; i++) {
        const x = (i * 157) % w,
          y = (i * 83) % (h * 0.6);
        ctx.fillStyle = `rgba(255,255,255,${0.25 + (i % 4) * 0.12})`;
        ctx.fillRect(x, y, 2, 2);
      }
      ctx.strokeStyle = t.accent;
      ctx.lineWidth = 4;
      ctx.setLineDash([14, 10]);
      ctx.beginPath();
      ctx.moveTo(40, 300);
      ctx.quadraticCurveTo(320, 20, 600, 200);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = t.accent;
      ctx.beginPath();
      ctx.arc(600, 200, 10, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = 'rgba(10,14,28,0.6)';
      ctx.fillRect(0, 300, w, 60);
      for (let i = 0; i < 14; i++) {
        const bh = 20 + ((i * 37) % 60);
        ctx.fillRect(i * 48, 300 - bh, 40, bh);
      }
    } else if (variant === 2) {
      // mountain ridges
      const ridge = (base, amp, col, seed) => {
        ctx.fillStyle = col;
        ctx.beginPath();
        ctx.moveTo(0, h);
        for (let x = 0; x <= w; x += 40) {
          const y = base - amp * Math.abs(Math.sin((x + seed) / 90)) - (amp / 3) * Math.sin((x + seed) / 37);
          ctx.lineTo(x, y);
        }
        ctx.lineTo(w, h);
        ctx.closePath();
        ctx.fill();
      };
      ctx.fillStyle = rad(480, 90, 5, 90, [
        [0, 'rgba(255,236,200,0.95)'],
        [1, 'rgba(255,236,200,0)'],
      ]);
      ctx.fillRect(0, 0, w, h);
      ridge(240, 90, 'rgba(120,62,30,0.75)', 0);
      ridge(290, 70, 'rgba(82,40,20,0.85)', 140);
      ridge(340, 40, 'rgba(46,24,14,0.95)', 300);
    } else {
      // overlapping circles: cooperation
      const cols = ['rgba(233,242,236,0.22)', 'rgba(120,200,170,0.30)', 'rgba(250,210,120,0.28)'];
      [
        [330, 170],
        [420, 170],
        [375, 245],
      ].forEach(([x, y], i) => {
        ctx.fillStyle = cols[i];
        ctx.beginPath();
        ctx.arc(x + 80, y - 10, 105, 0, Math.PI * 2);
        ctx.fill();
      });
      // crates
      ctx.fillStyle = 'rgba(10,30,25,0.55)';
      for (let i = 0; i < 4; i++) ctx.fillRect(40 + i * 62, 270, 54, 54);
      ctx.fillRect(71, 212, 54, 54);
      ctx.fillRect(133, 212, 54, 54);
    }
    ctx.restore();
    // label
    ctx.textBaseline = 'alphabetic';
    ctx.fillStyle = t.accent;
    ctx.fillRect(36, 36, 6, 36);
    ctx.font = `bold 26px ${FONT}`;
    ctx.fillText(t.label, 54, 64);
  }

  // Publisher logo: a badge that works on light and dark pages.
  function logo() {
    ctx.clearRect(0, 0, w, h);
    roundRect(1, 1, w - 2, h - 2, 10);
    ctx.fillStyle = '#14213d';
    ctx.fill();
    ctx.fillStyle = '#d65246';
    roundRect(12, 12, 36, 36, 6);
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.font = `bold 26px ${SERIF}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText('E', 30, 31);
    ctx.textAlign = 'left';
    ctx.font = `bold 24px ${SERIF}`;
    ctx.fillText('Example', 58, 24);
    ctx.font = `13px ${FONT}`;
    ctx.fillStyle = '#c9d3e0';
    ctx.fillText('N E W S', 60, 45);
  }

  ({ lead, poster, related, logo })[kind](opts || {});
  return canvas;
}

async function render(page, kind, w, h, opts, type) {
  return page.evaluate(
    (src, kind, w, h, opts, type, q) => {
      // eslint-disable-next-line no-new-func
      const fn = new Function(`return (${src})`)();
      const canvas = fn(kind, w, h, opts);
      return type === 'png' ? canvas.toDataURL('image/png') : canvas.toDataURL('image/jpeg', q);
    },
    draw.toString(),
    kind,
    w,
    h,
    opts ?? {},
    type,
    JPEG_QUALITY,
  );
}

async function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const chromium = (await import('@sparticuz/chromium')).default;
  return chromium.executablePath();
}

const browser = await puppeteer.launch({
  executablePath: await chromePath(),
  headless: true,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><meta charset="utf-8"><title>images</title>');
  await mkdir(outDir, { recursive: true });
  for (const [name, w, h, kind, opts] of IMAGES) {
    const type = name.endsWith('.png') ? 'png' : 'jpeg';
    const dataUrl = await render(page, kind, w, h, opts, type);
    const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    const file = join(outDir, name);
    await writeFile(file, bytes);
    console.log(`${name.padEnd(20)} ${w}x${h}  ${bytes.length} bytes`);
  }
} finally {
  await browser.close();
}
