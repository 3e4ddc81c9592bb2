import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { playerUrl, renderVideo, type EmbedBlock } from '../../src/render/video.js';
import { stringsFor } from '../../src/i18n/strings.js';
// Every on-demand feature loaded (the translations, the video renderer…), as the loader would.
import '../../src/loader/every-feature.js';

const block: EmbedBlock = { type: 'embed', provider: 'youtube', id: 'dQw4w9WgXcQ' };
const strings = stringsFor('en');

function mount(active: boolean, b: EmbedBlock = block) {
  const host = document.createElement('div');
  let plays = 0;
  render(renderVideo(b, { strings, active, onPlay: () => plays++ }), host);
  return { host, plays: () => plays };
}

describe('renderVideo', () => {
  it('builds the youtube-nocookie address with autoplay, and start only when given', () => {
    expect(playerUrl(block)).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
    expect(playerUrl({ ...block, start: 0 })).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
    expect(playerUrl({ ...block, start: 90 })).to.equal(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90',
    );
  });

  it('names an untitled video by the localised "Play video" and its provider, and calls onPlay on click', () => {
    const { host, plays } = mount(false);
    const button = host.querySelector('button')!;
    expect(button.getAttribute('aria-label')).to.equal('Play video (YouTube)');
    expect(host.querySelector('[src]')).to.equal(null);
    button.click();
    expect(plays()).to.equal(1);
  });

  it('before any script runs, the button submits a form to the video on YouTube; with script it plays and submits nothing', () => {
    const { host, plays } = mount(false, { ...block, start: 90 });
    const form = host.querySelector('form')!;
    expect([form.getAttribute('action'), form.target, form.rel]).to.deep.equal([
      'https://www.youtube.com/watch',
      '_blank',
      'noreferrer',
    ]);
    expect([...new FormData(form)]).to.deep.equal([
      ['v', 'dQw4w9WgXcQ'],
      ['t', '90'],
    ]);
    expect(host.querySelector('button')!.type).to.equal('submit');
    expect([...new FormData(mount(false).host.querySelector('form')!)]).to.deep.equal([['v', 'dQw4w9WgXcQ']]);

    document.body.append(host); // only a connected form can submit
    let submitted = 0;
    form.addEventListener('submit', (event) => (submitted++, event.preventDefault()));
    host.querySelector('button')!.click();
    host.remove();
    expect([plays(), submitted]).to.deep.equal([1, 0]);
  });

  it('shows only the player once active', () => {
    const { host } = mount(true, { ...block, title: 'Talks' });
    expect(host.querySelector('button')).to.equal(null);
    const iframe = host.querySelector('iframe')!;
    expect(iframe.getAttribute('title')).to.equal('Talks');
    expect(iframe.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
  });

  it('plays Vimeo from its do-not-track player and Dailymotion from its player, each named with its provider', () => {
    const vimeo: EmbedBlock = { type: 'embed', provider: 'vimeo', id: '76979871', title: 'Talks', start: 30 };
    const dailymotion: EmbedBlock = { type: 'embed', provider: 'dailymotion', id: 'x8abc12' };
    expect(playerUrl(vimeo)).to.equal('https://player.vimeo.com/video/76979871?dnt=1&autoplay=1#t=30s');
    expect(playerUrl({ ...dailymotion, start: 12 })).to.equal(
      'https://geo.dailymotion.com/player.html?video=x8abc12&startTime=12',
    );
    expect(playerUrl({ ...dailymotion, player: 'xa1b2' })).to.equal(
      'https://geo.dailymotion.com/player/xa1b2.html?video=x8abc12',
    );
    const v = mount(false, vimeo).host;
    expect(v.querySelector('button')!.getAttribute('aria-label')).to.equal('Play video: Talks (Vimeo)');
    expect([
      v.querySelector('form')!.getAttribute('action'),
      [...new FormData(v.querySelector('form')!)],
    ]).to.deep.equal(['https://vimeo.com/76979871', []]);
    const d = mount(false, dailymotion).host;
    expect(d.querySelector('button')!.getAttribute('aria-label')).to.equal('Play video (Dailymotion)');
    expect(d.querySelector('form')!.getAttribute('action')).to.equal('https://www.dailymotion.com/video/x8abc12');
    expect(mount(true, dailymotion).host.querySelector('iframe')!.title).to.equal('Dailymotion');
  });
});
