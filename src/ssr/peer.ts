/**
 * Server rendering and hydration need Lit's SSR packages, which are optional peer
 * dependencies (most apps never render on the server). Without them, say which
 * package to install instead of a bare "module not found".
 */
export async function importPeer<T>(load: () => Promise<T>, name: string, entry: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    // Node: "Cannot find package '@lit-labs/ssr'…"; browsers: "Failed to resolve module specifier…".
    if (!String((error as Error)?.message).includes(name)) throw error;
    // The cause's message is part of this one (ES2021's lib has no `cause` option).
    // eslint-disable-next-line preserve-caught-error
    throw new Error(
      `${entry} needs ${name}, an optional peer dependency of news-elements: npm install ${name}\n(${(error as Error).message})`,
    );
  }
}
