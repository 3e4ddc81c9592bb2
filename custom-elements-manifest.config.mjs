// `cem analyze` (run by `npm run build` and `npm run docs`) reads this: which files
// declare the elements. The manifest's JSDoc is the source of the docs' API tables.
export default {
  globs: ['src/**/*.component.ts', 'src/base/news-element.ts'],
  litelement: true,
};
