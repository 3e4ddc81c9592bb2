// React 18 renders the three elements through the @lit/react wrappers of news-elements/react.
import { createRoot } from 'react-dom/client';
import { NewsArticle, NewsPhoto, NewsRelated } from '../../dist/react/index.js';
import { broken, documents, record } from './shared.js';

function App() {
  return (
    <>
      <NewsArticle
        data={documents.article}
        headingLevel={1}
        onNewsLoad={record}
        onNewsError={record}
        onNewsLinkClick={record}
      />
      <NewsPhoto data={documents.photo} onNewsLoad={record} onNewsError={record} onNewsLinkClick={record} />
      <NewsRelated
        data={documents.related}
        layout="cards"
        onNewsLoad={record}
        onNewsError={record}
        onNewsLinkClick={record}
      />
      <NewsArticle data={broken.article} onNewsError={record} />
      <NewsPhoto data={broken.photo} onNewsError={record} />
      <NewsRelated data={broken.related} onNewsError={record} />
    </>
  );
}
createRoot(document.querySelector('#app')!).render(<App />);
