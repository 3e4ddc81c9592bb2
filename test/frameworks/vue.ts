// Vue 3 (runtime template compiler) renders the three elements with `:x.prop` and `@news-*`,
// with the `isCustomElement` setting of docs/frameworks.md.
import { createApp } from 'vue';
import '../../dist/index.js';
import { broken, documents, record } from './shared.js';

const app = createApp({
  setup: () => ({ documents, broken, record }),
  template: `
    <news-article :data.prop="documents.article" :heading-level="1" @news-load="record" @news-error="record" @news-link-click="record" />
    <news-photo :data="documents.photo" @news-load="record" @news-error="record" @news-link-click="record" />
    <news-related :data="documents.related" layout="cards" @news-load="record" @news-error="record" @news-link-click="record" />
    <news-article :data="broken.article" @news-error="record" />
    <news-photo :data="broken.photo" @news-error="record" />
    <news-related :data="broken.related" @news-error="record" />`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('news-');
app.mount('#app');
