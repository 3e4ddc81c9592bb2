#!/usr/bin/env node
// Generates the demo's media files (demo/media/): a two-second tone as WAV, written
// here, and a two-second WebM clip drawn on a <canvas> and recorded with
// MediaRecorder in headless Chromium. No network is needed.
//
//   node scripts/dev/make-demo-media.mjs
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';

const out = fileURLToPath(new URL('../../demo/media/', import.meta.url));
await mkdir(out, { recursive: true });

/** A mono 8-bit PCM WAV of a 440 Hz tone that fades out. */
function tone(seconds = 2, rate = 8000) {
  const samples = seconds * rate;
  const wav = Buffer.alloc(44 + samples);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + samples, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate, 28); // bytes per second
  wav.writeUInt16LE(1, 32); // block align
  wav.writeUInt16LE(8, 34); // bits per sample
  wav.write('data', 36);
  wav.writeUInt32LE(samples, 40);
  for (let i = 0; i < samples; i++) {
    const fade = 1 - i / samples;
    wav[44 + i] = Math.round(128 + 60 * fade * Math.sin((2 * Math.PI * 440 * i) / rate));
  }
  return wav;
}
await writeFile(`${out}tone.wav`, tone());

const browser = await puppeteer.launch({ executablePath: await findChrome(), args: CHROME_ARGS, headless: true });
try {
  const page = await browser.newPage();
  // Runs in the page (this file has the browser globals: eslint.config.mjs).
  const base64 = await page.evaluate(async () => {
    const canvas = Object.assign(document.createElement('canvas'), { width: 640, height: 360 });
    const ctx = canvas.getContext('2d');
    const recorder = new MediaRecorder(canvas.captureStream(25), {
      mimeType: 'video/webm',
      videoBitsPerSecond: 300000,
    });
    const chunks = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start();
    const start = performance.now();
    await new Promise((resolve) => {
      const frame = () => {
        const t = (performance.now() - start) / 2000;
        ctx.fillStyle = '#1d3557';
        ctx.fillRect(0, 0, 640, 360);
        ctx.fillStyle = '#f1faee';
        ctx.beginPath();
        ctx.arc(80 + 480 * Math.min(t, 1), 180, 40, 0, 2 * Math.PI);
        ctx.fill();
        if (t < 1) requestAnimationFrame(frame);
        else resolve();
      };
      frame();
    });
    recorder.stop();
    await stopped;
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  });
  await writeFile(`${out}clip.webm`, Buffer.from(base64, 'base64'));
} finally {
  await browser.close();
}
console.log('demo/media: tone.wav, clip.webm');
