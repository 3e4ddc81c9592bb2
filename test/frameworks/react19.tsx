// React 19 renders the three elements with properties and `onnews-*` listeners, no wrapper.
import { createRoot } from 'react-dom/client';
import '../../dist/index.js';
import type {} from '../../dist/frameworks/react.js';
import { broken, documents, record } from './shared.js';

function App() {
  return (
    <>
      <news-article
        data={documents.article}
        headingLevel={1}
        onnews-load={record}
        onnews-error={record}
        onnews-link-click={record}
      />
      <news-photo data={documents.photo} onnews-load={record} onnews-error={record} onnews-link-click={record} />
      <news-related
        data={documents.related}
        layout="cards"
        onnews-load={record}
        onnews-error={record}
        onnews-link-click={record}
      />
      <news-article data={broken.article} onnews-error={record} />
      <news-photo data={broken.photo} onnews-error={record} />
      <news-related data={broken.related} onnews-error={record} />
    </>
  );
}
createRoot(document.querySelector('#app')!).render(<App />);
