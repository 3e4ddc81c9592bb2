// Prettier, set to the code's existing style: 120 columns, single quotes, trailing commas.
// It formats the whole tree but what .prettierignore leaves out.
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  arrowParens: 'always',
  // Template literals (Lit's html`` and css``) stay as written: their white space is
  // what the elements render, and the server's HTML must match the client's.
  embeddedLanguageFormatting: 'off',
};
