// Prettier, set to the code's existing style: 120 columns, single quotes, trailing commas.
// Which files it formats is in .prettierignore.
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  arrowParens: 'always',
};
